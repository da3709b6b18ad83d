import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { OBJECT_KEY, type LocalStorage } from './storage.ts';

const STALE_TEMP_MS = 24 * 3_600_000;

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Objects as files under `root` (DATA_DIR/files). Each is written to a temporary file and
 * renamed into place once complete and flushed, so a reader never sees a partial object.
 */
export function createLocalStorage(
  root: string,
): LocalStorage & { sweepTemp: () => Promise<void> } {
  const temp = join(root, '.tmp');
  const pathOf = (key: string) => {
    // Keys come from our own rows, but a path is only ever built from the exact key shape.
    if (!OBJECT_KEY.test(key)) throw new Error(`not an object key: ${key}`);
    return join(root, key);
  };

  return {
    driver: 'local',

    async put(key, body) {
      const target = pathOf(key);
      await mkdir(temp, { recursive: true });
      await mkdir(dirname(target), { recursive: true });
      const partial = join(temp, randomUUID());
      try {
        await pipeline(body, createWriteStream(partial, { flags: 'wx', flush: true }));
        await rename(partial, target);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
    },

    async open(key) {
      const handle = await open(pathOf(key), 'r');
      return handle.createReadStream();
    },

    async openFile(key) {
      try {
        const handle = await open(pathOf(key), 'r');
        const stats = await handle.stat().catch(async (error: unknown) => {
          await handle.close();
          throw error;
        });
        return { handle, size: stats.size, modifiedAt: stats.mtime };
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },

    async delete(key) {
      await rm(pathOf(key), { force: true });
    },

    async check() {
      await mkdir(temp, { recursive: true });
      const probe = join(temp, `ready-${randomUUID()}`);
      await writeFile(probe, '');
      await rm(probe, { force: true });
    },

    /** Temporary files a killed process left behind; fresh ones may belong to a running upload. */
    async sweepTemp() {
      const names = await readdir(temp).catch((error: unknown) => {
        if (isMissing(error)) return [];
        throw error;
      });
      for (const name of names) {
        const path = join(temp, name);
        const stats = await stat(path).catch(() => undefined);
        if (stats && Date.now() - stats.mtimeMs > STALE_TEMP_MS) await rm(path, { force: true });
      }
    },
  };
}
