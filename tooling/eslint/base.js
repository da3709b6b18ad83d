import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Shared rules for every package. Typed linting catches the bugs that matter most on a
 * server: promises nobody awaits and async callbacks handed to APIs that ignore them.
 */
export const base = [
  { ignores: ['**/dist/**', '**/.turbo/**', '**/.data/**', '**/test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: process.cwd() },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/only-throw-error': 'error',
      eqeqeq: ['error', 'smart'],
      // Configuration is parsed and validated once, in env.ts; everything else receives it.
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read environment variables only in env.ts and pass the parsed values in.',
        },
      ],
    },
  },
  { files: ['**/env.ts'], rules: { 'no-restricted-properties': 'off' } },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
];

/**
 * Import boundaries from docs/architecture.md. `patterns` are forbidden module specifiers;
 * `typeOnly` ones may still be imported with `import type`.
 */
export function restrictImports({ patterns = [], typeOnly = [] }) {
  return {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...patterns.map((group) => ({
              group: [group],
              message: 'This import crosses a layer boundary (see docs/architecture.md).',
            })),
            ...typeOnly.map((group) => ({
              group: [group],
              allowTypeImports: true,
              message: 'Only types may be imported from here; the code stays on the server.',
            })),
          ],
        },
      ],
    },
  };
}

/** Packages never import apps (the typed client may import the router's *type*). */
export const packageBoundaries = restrictImports({
  patterns: ['@saffron/web', '@saffron/files', '@saffron/grocery'],
  typeOnly: ['@saffron/api', '@saffron/api/*'],
});

export default base;
