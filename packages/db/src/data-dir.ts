import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Where embedded data lives: the configured directory when given, else `.data/` at the
 * workspace root, so api, files, the CLI and tests share one database whichever package
 * directory they start in.
 */
export function resolveDataDir(configured: string | undefined, cwd = process.cwd()): string {
  if (configured) return resolve(cwd, configured);
  for (let dir = resolve(cwd); dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return join(dir, '.data');
  }
  return resolve(cwd, '.data');
}
