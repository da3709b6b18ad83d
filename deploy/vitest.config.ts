import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The loopback tests start api and files processes on a real test database.
    globalSetup: [fileURLToPath(import.meta.resolve('@saffron/db/testing/global-setup'))],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
