import { viteApp } from '@saffron/eslint-config/react';

export default [
  ...viteApp(import.meta.dirname),
  // TanStack Router navigates by throwing redirect(); allow exactly that, nothing else.
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/only-throw-error': [
        'error',
        { allow: [{ from: 'package', package: '@tanstack/router-core', name: 'Redirect' }] },
      ],
    },
  },
];
