import { base, restrictImports } from '@saffron/eslint-config/base';

const serverOnly = ['@saffron/*', 'pg', 'kysely', '@trpc/server*'];

// shared runs in the browser: zod and superjson only, nothing from Node or other packages.
// Tests and their fixtures run in Node and may read files.
export default [
  ...base,
  restrictImports({ patterns: [...serverOnly, 'node:*'] }),
  { ...restrictImports({ patterns: serverOnly }), files: ['**/*.test.ts', 'src/testing/**/*.ts'] },
];
