import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { base, restrictImports } from './base.js';

/** Browser apps: hooks rules, browser globals, and no server-only packages in the bundle. */
export const react = [
  reactHooks.configs.flat['recommended-latest'] ?? reactHooks.configs['recommended-latest'],
  { languageOptions: { globals: globals.browser } },
  restrictImports({
    patterns: ['@saffron/db', '@saffron/db/*', '@saffron/auth', '@saffron/service', 'node:*'],
    typeOnly: ['@saffron/api', '@saffron/api/*'],
  }),
];

/**
 * A Vite app: two programs, the browser app (src) and its Node-side build configuration, each
 * with its own tsconfig; only the build configuration may import Node and server packages.
 */
export function viteApp(tsconfigRootDir) {
  return [
    ...base,
    ...react,
    {
      files: ['**/*.ts', '**/*.tsx'],
      languageOptions: {
        parserOptions: {
          projectService: false,
          project: ['./tsconfig.json', './tsconfig.node.json'],
          tsconfigRootDir,
        },
      },
    },
    { files: ['*.ts'], rules: { '@typescript-eslint/no-restricted-imports': 'off' } },
  ];
}

export default react;
