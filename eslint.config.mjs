// Type-checked rule sets: they catch floating promises and `await` on non-promises.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.neo4j/',
      'coverage/',
      'exports/',
      'test-artifacts/',
      '**/*.mjs',
      '*.js',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        emitDecoratorMetadata: true,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    // The app depends on a Neo4j connection; only the CLI decides to provision and run one locally.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/local-neo4j/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/local-neo4j/*'],
              message:
                'The app takes a connection; local Neo4j tooling is for src/cli/ (and tests, benches).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // A virtual module's declaration mirrors the default export vite gives it.
    files: ['web/src/vite-env.d.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Jest loads these through their default export.
    files: ['test/support/*global-*.ts', 'test/support/serial-runner.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  prettier,
);
