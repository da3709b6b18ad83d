import { base } from '@saffron/eslint-config/base';
import { react } from '@saffron/eslint-config/react';

export default [
  ...base,
  ...react,
  // Two programs: the browser app (src) and its Node-side build configuration.
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: ['./tsconfig.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  { files: ['*.ts'], rules: { '@typescript-eslint/no-restricted-imports': 'off' } },
];
