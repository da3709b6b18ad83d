import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { toolEnvironment } from './env.ts';
import type { PgTools } from './pg-tools.ts';

/** The URL without its password, which travels in PGPASSWORD instead. */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return {
    dbname: parsed.toString(),
    env: toolEnvironment(password ? { PGPASSWORD: password } : {}),
  };
}

async function runTool(binary: string, args: string[], url: string): Promise<void> {
  const { dbname, env } = connection(url);
  const child = spawn(binary, [...args, `--dbname=${dbname}`], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) {
    const name = binary.split('/').at(-1);
    throw new Error(`${name} failed (exit ${code}): ${stderr.trim() || 'no output'}`);
  }
}

/** A custom-format archive (pg_dump -Fc): compressed, restorable table by table. */
export function runPgDump(tools: PgTools, url: string, file: string): Promise<void> {
  return runTool(tools.pgDump, ['--format=custom', '--no-comments', `--file=${file}`], url);
}

/**
 * Replaces what the archive holds in the target database, in one transaction: a failure
 * half-way leaves the previous contents, never a mix. Ownership and grants are left to the
 * target's own user.
 */
export function runPgRestore(tools: PgTools, url: string, file: string): Promise<void> {
  return runTool(
    tools.pgRestore,
    [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      file,
    ],
    url,
  );
}
