import { readFileSync } from 'node:fs';

/**
 * Signal 0 tests for existence; EPERM means alive but owned by another user. A killed child
 * stays a zombie until its parent reaps it, and signal 0 still succeeds on a zombie, so on
 * Linux its state in /proc decides.
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false; // no /proc (macOS): Node reaps its children promptly there
  }
}
