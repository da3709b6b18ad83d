import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { once } from 'node:events';
import { createAuthServices } from '@saffron/auth';
import { findUserCredentials, migrations } from '@saffron/db';
import { useEmptyTestDb } from '@saffron/db/testing';
import { childEnv } from '@saffron/service/testing';
import { describe, expect, it, vi } from 'vitest';
import { loadEnv } from '../env.ts';
import { captureIo } from '../testing/cli.ts';
import { runCli } from './run.ts';

const PASSWORD = 'correct horse battery staple';
const MAIN = join(import.meta.dirname, 'main.ts');

describe('saffron CLI', () => {
  const handle = useEmptyTestDb();
  const env = () => loadEnv({ DATABASE_URL: handle.url });

  it('db migrate applies every migration, then reports the database up to date', async () => {
    const first = captureIo();
    expect(await runCli(['db', 'migrate'], env(), first.io)).toBe(0);
    expect(first.out.join('\n')).toContain(
      `Applied ${Object.keys(migrations).length} migration(s)`,
    );
    const second = captureIo();
    expect(await runCli(['db', 'migrate'], env(), second.io)).toBe(0);
    expect(second.out).toEqual(['Database (postgres) is up to date.']);
  });

  it('db status needs the database alone, not Redis (migrations run before Redis is up)', async () => {
    const io = captureIo();
    const noRedis = loadEnv({ DATABASE_URL: handle.url, REDIS_URL: 'redis://127.0.0.1:1' });
    // The api's services would log "redis unreachable" on the process's stderr.
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await runCli(['db', 'status'], noRedis, io.io)).toBe(0);
      expect(stderr).not.toHaveBeenCalled();
    } finally {
      stderr.mockRestore();
    }
    expect(io.err).toEqual([]);
  });

  it('creates a user with the password piped on stdin, never on the command line', async () => {
    const child = execFile(
      process.execPath,
      [MAIN, 'user', 'create', 'Alice', '--admin', '--apps', 'recipes'],
      {
        env: childEnv({ DATABASE_URL: handle.url }),
      },
    );
    child.stdin!.end(`${PASSWORD}\n`);
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(0);
    expect(stdout.trim()).toBe('Created admin alice with access to recipes.');
    const stored = await findUserCredentials(handle.db, 'alice');
    expect(stored).toMatchObject({ role: 'admin', apps: ['recipes'] });
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
  }, 60_000);

  it('lists, disables (signing out), enables and resets passwords', async () => {
    const created = captureIo([PASSWORD]);
    expect(await runCli(['user', 'create', 'bob'], env(), created.io)).toBe(0);
    const auth = createAuthServices({ db: handle.db });
    const bob = (await findUserCredentials(handle.db, 'bob'))!;
    const { token } = await auth.sessions.create(bob.id, { userAgent: null, ip: null });

    const list = captureIo();
    await runCli(['user', 'list'], env(), list.io);
    expect(list.out[0]).toMatch(/^USERNAME\s+ROLE\s+APPS\s+STATUS$/);
    expect(list.out.find((line) => line.startsWith('bob'))).toMatch(
      /^bob\s+user\s+recipes,grocery\s+active$/,
    );

    expect(await runCli(['user', 'disable', 'bob'], env(), captureIo().io)).toBe(0);
    expect(await auth.sessions.validate(token)).toBeUndefined();
    expect(await runCli(['user', 'enable', 'bob'], env(), captureIo().io)).toBe(0);

    const reset = captureIo(['a whole new passphrase']);
    expect(await runCli(['user', 'reset-password', 'bob'], env(), reset.io)).toBe(0);
    const after = (await findUserCredentials(handle.db, 'bob'))!;
    expect(after.disabled).toBe(false);
    expect(await auth.passwords.verify(after.passwordHash, 'a whole new passphrase')).toBe(true);
  });

  it('explains mistakes: short password, unknown user, unknown option, unknown command', async () => {
    const weak = captureIo(['short']);
    expect(await runCli(['user', 'create', 'carol'], env(), weak.io)).toBe(1);
    expect(weak.err).toEqual(['Error: Password must be at least 12 characters']);
    const missing = captureIo();
    expect(await runCli(['user', 'disable', 'nobody'], env(), missing.io)).toBe(1);
    expect(missing.err).toEqual(['Error: No user named nobody']);
    const option = captureIo();
    expect(await runCli(['user', 'create', 'dan', '--root'], env(), option.io)).toBe(64);
    expect(option.err[0]).toContain("Unknown option '--root'");
    const wrong = captureIo();
    expect(await runCli(['db', 'explode'], env(), wrong.io)).toBe(64);
    expect(wrong.err[0]).toContain('Usage: pnpm saffron');
    const help = captureIo();
    expect(await runCli(['help'], env(), help.io)).toBe(0);
    expect(help.out[0]).toContain('user reset-password <username>');
  });
});
