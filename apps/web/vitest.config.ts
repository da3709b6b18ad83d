import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Type-level tests (*.test-d.ts) check what the web app sees of the API's types.
    typecheck: { enabled: true, tsconfig: './tsconfig.json', include: ['src/**/*.test-d.ts'] },
    passWithNoTests: false,
  },
});
