import fs from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule, Vitest } from 'vitest/node';
import { DATABASE_LOG } from './databases';

/**
 * Prints closing lines CI tooling can read: `Tests: N passed, N failed`, the databases the tests
 * used per provider, and the shuffle seed with the command that replays the order. With CI=true
 * the run fails when PostgreSQL is reachable but a test file that used SQLite did not also use
 * PostgreSQL, or when no test used PostgreSQL at all: what counts is the databases the tests
 * actually created (test/support/databases.ts logs each), not the environment.
 */
export default class SummaryReporter implements Reporter {
  private vitest?: Vitest;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
      }
      if (module.state() === 'failed' && module.children.size === 0) failed++;
    }
    const out: string[] = ['', `Tests: ${passed} passed, ${failed} failed`];
    out.push(...this.databaseLines());
    const sequence = this.vitest?.config.sequence;
    if (sequence?.shuffle) out.push(`Order: shuffled with seed ${sequence.seed}; replay it with: npx vitest run --sequence.seed=${sequence.seed}`);
    process.stdout.write(`${out.join('\n')}\n`);
  }

  private databaseLines(): string[] {
    const dir = process.env.V2030_TEST_DIR;
    const log = dir ? path.join(dir, DATABASE_LOG) : '';
    const entries = log && fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).map((line) => line.split('\t') as [string, string]) : [];
    const count = (provider: string) => entries.filter(([p]) => p === provider).length;
    const lines = [`Databases: ${count('sqlite')} SQLite, ${count('postgresql')} PostgreSQL`];
    if (!process.env.CI || entries.length === 0) return lines;
    const files = (provider: string) => new Set(entries.filter(([p]) => p === provider).map(([, file]) => file));
    const postgres = files('postgresql');
    const sqliteOnly = [...files('sqlite')].filter((file) => !postgres.has(file)).sort();
    if (postgres.size === 0 || sqliteOnly.length > 0) {
      process.exitCode = 1;
      lines.push(
        postgres.size === 0
          ? 'FAILED: CI requires the PostgreSQL half of the suite, and no test used PostgreSQL.'
          : `FAILED: CI requires every database test on PostgreSQL too; these used SQLite only: ${sqliteOnly.join(', ')}`,
      );
    }
    return lines;
  }
}
