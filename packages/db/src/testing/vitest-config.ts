import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig, type ViteUserConfig } from 'vitest/config';

/**
 * The Vitest configuration of every package whose tests use a database: one migrated
 * template per run (see global-setup.ts), a copy of it per test file, and time enough for
 * real servers. A package adds only what differs.
 */
export function databaseTestConfig(overrides: ViteUserConfig = {}): ViteUserConfig {
  const shared = defineConfig({
    test: {
      globalSetup: [fileURLToPath(new URL('./global-setup.ts', import.meta.url))],
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  });
  return mergeConfig(shared, overrides);
}
