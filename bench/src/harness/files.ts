import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAuthServices } from '@saffron/auth';
import { deleteUser } from '@saffron/db';
import { createBareRecipe, createSignedInUser } from '@saffron/files/testing';
import { benchDatabaseEnv, openBenchDatabase } from './bench-data.ts';
import { startServer, type BenchServer } from './server.ts';

const FILES_MAIN = join(
  dirname(fileURLToPath(import.meta.resolve('@saffron/files/testing'))),
  '../main.ts',
);

/** The real files process, as production runs it, on the bench database (migrated by the caller). */
export function startFiles(env: Record<string, string> = {}): Promise<BenchServer> {
  return startServer(FILES_MAIN, {
    env: {
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
      ...benchDatabaseEnv(),
      ...env,
      FILES_PORT: '$PORT',
    },
  });
}

/** A throwaway account with one recipe and a session token, removed (with its rows) by `remove`. */
export async function createBenchAccount() {
  const handle = await openBenchDatabase();
  const { sessions } = createAuthServices({ db: handle.db });
  const username = `bench-${randomBytes(4).toString('hex')}`;
  const { user, token } = await createSignedInUser(handle.db, sessions, { username });
  const recipeId = await createBareRecipe(handle.db, user.id, 'Benchmark');
  return {
    token,
    recipeId,
    remove: async () => {
      await deleteUser(handle.db, user.id);
      await handle.close();
    },
  };
}

/** Resident set size of a process, from /proc (Linux), in bytes. */
export function residentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  if (!kib) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kib) * 1024;
}

/** Samples a process's RSS until stopped; the highest value seen. */
export function sampleResident(pid: number, intervalMs = 20) {
  let peak = residentBytes(pid);
  const timer = setInterval(() => (peak = Math.max(peak, residentBytes(pid))), intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, residentBytes(pid));
    },
  };
}
