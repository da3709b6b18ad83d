import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { embeddedBinDirectory } from '../embedded/binaries.ts';

const run = promisify(execFile);

/** A pg_dump and the pg_restore beside it, of one PostgreSQL major version. */
export interface PgTools {
  pgDump: string;
  pgRestore: string;
  major: number;
  /** "15.20", for messages. */
  version: string;
}

/** Debian/Ubuntu keep each installed major apart; Homebrew's libpq is keg-only. */
function installedDirectories(): string[] {
  const debian = '/usr/lib/postgresql';
  const majors = existsSync(debian)
    ? readdirSync(debian)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return [
    ...majors.map((major) => join(debian, major, 'bin')),
    '/opt/homebrew/opt/libpq/bin',
    '/usr/local/opt/libpq/bin',
  ];
}

async function versionOf(binary: string): Promise<{ major: number; version: string } | undefined> {
  try {
    const { stdout } = await run(binary, ['--version']);
    const match = /\(PostgreSQL\) (\d+)(\.\d+)?/.exec(stdout);
    return match ? { major: Number(match[1]), version: `${match[1]}${match[2] ?? ''}` } : undefined;
  } catch {
    return undefined;
  }
}

let found: Promise<PgTools[]> | undefined;

/** Every pg_dump/pg_restore pair on this machine: versioned directories first, then PATH. */
export function findPgTools(): Promise<PgTools[]> {
  found ??= (async () => {
    const candidates = [
      ...installedDirectories(),
      undefined, // PATH
      embeddedBinDirectory(),
    ];
    const tools: PgTools[] = [];
    for (const dir of candidates) {
      if (dir !== undefined && !existsSync(join(dir, 'pg_dump'))) continue;
      const pgDump = dir ? join(dir, 'pg_dump') : 'pg_dump';
      const pgRestore = dir ? join(dir, 'pg_restore') : 'pg_restore';
      const [dump, restore] = await Promise.all([versionOf(pgDump), versionOf(pgRestore)]);
      if (dump && restore?.major === dump.major) tools.push({ pgDump, pgRestore, ...dump });
    }
    return tools;
  })();
  return found;
}

/**
 * pg_dump refuses a server newer than itself, and a dump restores cleanest with tools of the
 * server's own version: the same major when there is one, else the oldest newer one.
 */
export function chooseTools(available: PgTools[], serverMajor: number): PgTools | undefined {
  return (
    available.find((tools) => tools.major === serverMajor) ??
    available.filter((tools) => tools.major > serverMajor).sort((a, b) => a.major - b.major)[0]
  );
}
