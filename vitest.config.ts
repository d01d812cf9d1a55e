import { defineConfig } from 'vitest/config';

// One runner for the whole monorepo. Tests live beside the code they test (*.test.ts);
// browser end-to-end specs live in e2e/. Store tests run once per dialect (see
// packages/testing/src/dialects.ts): PostgreSQL joins when RAPPORT_TEST_PG_URL is set.
export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/src/**/*.test.tsx',
      'e2e/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/dist/**'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
