import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function repoPath(...parts: string[]): string {
  return join(REPO_ROOT, ...parts);
}

export function readRepoFile(path: string): string {
  return readFileSync(repoPath(path), 'utf8');
}

/** KEY=VALUE lines (an env file for compose, kustomize or a shell); comments and blanks skipped. */
export function parseEnvFile(text: string): Record<string, string> {
  const entries = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const at = line.indexOf('=');
      if (at < 1) throw new Error(`not KEY=VALUE: ${line}`);
      return [line.slice(0, at), line.slice(at + 1)] as const;
    });
  return Object.fromEntries(entries);
}

/** The exact version the workspace catalog pins for a package. */
export function catalogVersion(name: string): string {
  const line = readRepoFile('pnpm-workspace.yaml')
    .split('\n')
    .find((each) => each.replace(/'/g, '').trim().startsWith(`${name}:`));
  if (!line) throw new Error(`${name} is not in the catalog`);
  return line.split(':').at(-1)!.trim();
}
