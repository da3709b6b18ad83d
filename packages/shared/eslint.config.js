import { base, restrictImports } from '@saffron/eslint-config/base';

// shared runs in the browser: zod and superjson only, nothing from Node or other packages.
export default [
  ...base,
  restrictImports({ patterns: ['@saffron/*', 'node:*', 'pg', 'kysely', '@trpc/server*'] }),
];
