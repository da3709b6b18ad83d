import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRepoFile, repoPath } from './repo.ts';

/** Turbo runs tasks in strict env mode: a variable it is not told about never reaches them. */
interface TurboConfig {
  globalPassThroughEnv: string[];
  tasks: Record<string, { passThroughEnv?: string[] }>;
}

/** Turbo hands the system's own variables to every task. */
const TURBO_ALWAYS_PASSES = ['PATH', 'HOME'];

const turbo = JSON.parse(readRepoFile('turbo.json')) as TurboConfig;

function passesThrough(name: string, task: string): boolean {
  const patterns = [...turbo.globalPassThroughEnv, ...(turbo.tasks[task]?.passThroughEnv ?? [])];
  return patterns.some((pattern) =>
    pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern,
  );
}

/** The variables the README's configuration table documents. */
function documentedVariables(): string[] {
  return [...readRepoFile('README.md').matchAll(/^\| `([A-Z][A-Z0-9_]+)`/gm)].map(
    ([, name]) => name!,
  );
}

describe('turbo.json', () => {
  it('passes every documented setting to dev and test', () => {
    const documented = documentedVariables();
    expect(documented.length).toBeGreaterThan(20);
    for (const task of ['dev', 'test'])
      expect(documented.filter((name) => !passesThrough(name, task))).toEqual([]);
  });

  it('passes every benchmark setting to bench', () => {
    const source = readFileSync(repoPath('bench/src/env.ts'), 'utf8');
    const read = [...source.matchAll(/process\.env\.([A-Z][A-Z0-9_]+)/g)]
      .map(([, name]) => name!)
      .filter((name) => !TURBO_ALWAYS_PASSES.includes(name));
    expect(read).toContain('BENCH_DATABASE_URL');
    expect(read.filter((name) => !passesThrough(name, 'bench'))).toEqual([]);
  });
});
