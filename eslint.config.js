import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const pureCores = [
  'packages/detect/src/**',
  'packages/policy/src/**',
  'packages/scheduling/src/**',
];

export default tseslint.config(
  { ignores: ['**/dist/**', 'node_modules/**', 'corpus/**', 'data/**'] },
  js.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The pure cores run unchanged in browsers: no Node built-ins, no app code.
    files: pureCores,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'http', 'https', 'net', 'child_process', 'os'],
              message: 'Pure cores do no I/O.',
            },
            {
              group: ['ringfence', '@ringfence/server', '@ringfence/web', '**/cli/**'],
              message: 'Pure cores may not import the app.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', '__dirname'],
    },
  },
);
