import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv } from '@saffron/service/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { NODE_SERVICES } from './apps.ts';
import { REPO_ROOT, repoPath } from './repo.ts';

const outDirs: string[] = [];

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: childEnv({}) });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  }
}

/**
 * What the Dockerfile's first stages do, without Docker: prune the workspace for one app,
 * install its dependencies from the pruned lockfile (offline, from this machine's store),
 * then lay the sources over them, as `COPY out/full/ .` does.
 */
async function pruneAndInstall(pkg: string, production: boolean): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'saffron-prune-'));
  outDirs.push(out);
  run(
    repoPath('node_modules/.bin/turbo'),
    ['prune', pkg, '--docker', `--out-dir=${out}`],
    REPO_ROOT,
  );
  const app = join(out, 'json');
  run(
    'pnpm',
    ['install', '--frozen-lockfile', '--offline', ...(production ? ['--prod'] : [])],
    app,
  );
  await cp(join(out, 'full'), app, { recursive: true });
  return app;
}

describe('the images: pruned workspaces install from their lockfiles', () => {
  afterAll(async () => {
    for (const dir of outDirs) await rm(dir, { recursive: true, force: true });
  });

  for (const [name, { main }] of Object.entries(NODE_SERVICES)) {
    it(`${name}: production dependencies are enough to load every module the server imports`, async () => {
      const app = await pruneAndInstall(`@saffron/${name}`, true);
      expect(existsSync(join(app, 'node_modules/.pnpm'))).toBe(true);
      expect(existsSync(join(app, 'node_modules/typescript')), 'no dev tooling').toBe(false);
      // Every import resolves, then the configuration check stops it (78) before it listens.
      const started = spawnSync(process.execPath, [main], {
        cwd: app,
        encoding: 'utf8',
        env: childEnv({ NODE_ENV: 'production', DATABASE_URL: 'not-a-url' }),
      });
      expect(started.stderr).toBe(
        'Invalid configuration: DATABASE_URL: must be a postgres:// URL\n',
      );
      expect(started.status).toBe(78);
      if (name === 'api') {
        // The image also runs the CLI (migrate and backup jobs): it loads too.
        const cli = spawnSync(process.execPath, ['apps/api/src/cli/main.ts', 'help'], {
          cwd: app,
          encoding: 'utf8',
          env: childEnv({
            NODE_ENV: 'production',
            DATABASE_URL: 'postgres://db/saffron',
            PUBLIC_URL: 'https://recipes.example.com',
          }),
        });
        expect(cli.stdout).toContain('backup [--format auto|custom|portable]');
        expect(cli.status).toBe(0);
      }
    }, 120_000);
  }

  it('web: the pruned workspace installs with its build tools', async () => {
    const app = await pruneAndInstall('@saffron/web', false);
    expect(existsSync(join(app, 'apps/web/node_modules/vite'))).toBe(true);
  }, 120_000);
});
