import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { restrictImports } from './base.js';

/** Browser apps: hooks rules, browser globals, and no server-only packages in the bundle. */
export const react = [
  reactHooks.configs.flat['recommended-latest'] ?? reactHooks.configs['recommended-latest'],
  { languageOptions: { globals: globals.browser } },
  restrictImports({
    patterns: ['@saffron/db', '@saffron/db/*', '@saffron/auth', '@saffron/service', 'node:*'],
    typeOnly: ['@saffron/api', '@saffron/api/*'],
  }),
];

export default react;
