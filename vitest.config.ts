import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/globalSetup.ts'],
    // Ceilings that only catch hangs: no test expects to be this slow, even on a busy machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Every run in its own order: tests must not rely on each other. The seed is printed at the
    // start and at the end; `npx vitest run --sequence.seed=<seed>` replays an order.
    sequence: { shuffle: { files: true, tests: true } },
    reporters: ['default', './test/support/summaryReporter.ts'],
  },
});
