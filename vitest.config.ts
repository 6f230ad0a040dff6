import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/globalSetup.ts'],
    setupFiles: ['test/support/setup.ts'],
    // Ceilings that only catch hangs: no test expects to be this slow, even on a busy machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Most tests wait on databases, HTTP and threads rather than compute: at least two files at a
    // time (vitest's default would be one on a two-core machine).
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    // Test files share their worker's loaded modules (Prisma, Bolt, botbuilder take seconds to load
    // for each file otherwise): no test may rely on module state another file left, as none may rely
    // on another test's rows.
    isolate: false,
    // The operator command picks its language when it is loaded: German, as its tests expect.
    env: { LANG: 'de_DE.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    // Every run in its own order: tests must not rely on each other. The seed is printed at the
    // start and at the end; `npx vitest run --sequence.seed=<seed>` replays an order.
    sequence: { shuffle: { files: true, tests: true } },
    reporters: ['default', './test/support/summaryReporter.ts'],
  },
});
