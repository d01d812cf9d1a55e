// One lint setup for the whole monorepo. Layering is enforced here: a package may import only
// the packages below it (core <- store <- server/worker <- web/cli), and only the config
// package reads process.env.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (files, forbidden, extra = []) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...forbidden.map((p) => ({
            group: [`@rapport/${p}`, `@rapport/${p}/*`],
            message: `This layer may not depend on @rapport/${p}.`,
          })),
          ...extra.map((p) => ({
            group: [p],
            message: `${p} is I/O or a framework: keep it out of this layer.`,
          })),
        ],
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'bench/results/**',
      '.test-artifacts/**',
      'packages/web/dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read settings through @rapport/config, the only module that reads process.env.',
        },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  layer(
    ['packages/core/**'],
    ['store', 'server', 'worker', 'web', 'cli', 'config', 'testing', 'contracts'],
    [
      'node:fs',
      'fs',
      'node:fs/*',
      'node:http',
      'node:net',
      'node:child_process',
      'kysely',
      'fastify',
      'pg',
      'better-sqlite3',
    ],
  ),
  layer(
    ['packages/contracts/**'],
    ['store', 'server', 'worker', 'web', 'cli'],
    ['kysely', 'fastify'],
  ),
  layer(['packages/config/**'], ['store', 'server', 'worker', 'web', 'cli', 'contracts']),
  layer(['packages/store/**'], ['server', 'worker', 'web', 'cli', 'contracts']),
  layer(['packages/worker/**'], ['server', 'web', 'cli']),
  layer(['packages/server/**'], ['web', 'cli']),
  layer(['packages/web/**'], ['store', 'server', 'worker', 'cli', 'config'], ['kysely', 'fastify']),
  {
    files: ['packages/config/src/env.ts', '**/*.config.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
