import { defineConfig } from 'vitest/config';

// The three layers of STYLE.md habit 11. Integration and e2e share one real server, built
// and started once by test/helpers/server-setup.ts.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/helpers/server-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Browser tests on a 2-core machine: one file at a time keeps timings honest.
          fileParallelism: false,
        },
      },
    ],
  },
});
