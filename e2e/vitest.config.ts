import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['./src/global-setup.ts'],
    // One stack and one browser at a time: journeys share the servers and the database.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A browser on a busy machine can take seconds (a service worker activating, a list
    // syncing): polls wait up to 15 s instead of Vitest's 1 s, and still end as soon as they pass.
    expect: { poll: { timeout: 15_000 } },
  },
});
