import { availableParallelism } from 'node:os';
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
      'bench/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/dist/**'],
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one on CI's 2-core machine. Most
    // files wait on fsync, PostgreSQL or Chromium, so two share those cores well. On this
    // machine kind, 24 Nov: vitest's own duration 908 s with two, 1,182 s with one (another
    // hour, same suite but this change).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // expect.poll gives up after 1 s by default. The browser tests poll the page for what a
    // user waits for (options loaded, rows filtered); with both cores busy (the crash suites
    // run beside them on CI) a page's first fetch can take longer. Same 15 s as Playwright's
    // own waits in e2e/harness.ts.
    expect: { poll: { timeout: 15_000 } },
  },
});
