import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isProcessAlive } from './process-alive.ts';

const STALE_AFTER_MS = 120_000;

/**
 * A cross-process mutex: `mkdir` is atomic, and the owner's pid inside lets a waiter break
 * a lock whose holder died (kill -9, power loss) instead of waiting forever.
 */
export async function withDirectoryLock<T>(
  lockDir: string,
  task: () => Promise<T>,
  timeoutMs = 90_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await isStale(lockDir)) {
        await rm(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new Error(`Timed out waiting for ${lockDir}`, { cause: error });
      }
      await sleep(50);
    }
  }
  await writeFile(join(lockDir, 'owner'), String(process.pid));
  try {
    return await task();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

async function isStale(lockDir: string): Promise<boolean> {
  try {
    const owner = Number(await readFile(join(lockDir, 'owner'), 'utf8'));
    if (owner && !isProcessAlive(owner)) return true;
    return Date.now() - (await stat(lockDir)).mtimeMs > STALE_AFTER_MS;
  } catch {
    // The owner file is written just after mkdir; give a fresh lock the benefit of the doubt.
    const info = await stat(lockDir).catch(() => undefined);
    return info !== undefined && Date.now() - info.mtimeMs > 5_000;
  }
}
