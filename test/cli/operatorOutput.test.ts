import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seedDemo';
import { databaseTemplate, freshDatabase, providers, type DatabaseTemplate, type TestDatabase } from '../support/databases';
import { runOperatorCommand } from '../support/operatorCli';

// Issue 10, item 1: operator commands print human text; the log stays quiet below warn unless LOG_LEVEL asks.
describe.each(providers)('an operator command without LOG_LEVEL (%s)', (provider) => {
  let demo: DatabaseTemplate;
  let h: TestDatabase;
  beforeAll(async () => {
    demo = await databaseTemplate(provider, (db) => seedDemo(db, { now: new Date() }));
    h = await freshDatabase(provider, demo);
  });
  afterAll(async () => {
    await h?.drop();
    await demo?.drop();
  });

  it('run digest prints its result and no log lines (and claims no migration it did not apply)', async () => {
    const quiet = await runOperatorCommand(['run', 'digest'], { DATABASE_URL: h.target.url, LOG_LEVEL: undefined });
    expect(quiet).toMatchObject({ code: 0, stderr: '', stdout: expect.stringMatching(/^digest: 0 Beiträge in der Warteschlange/) });
    const logged = await runOperatorCommand(['run', 'digest'], { DATABASE_URL: h.target.url, LOG_LEVEL: 'info' });
    expect(logged.stderr).toContain('"msg":"job run done"');
    expect(logged.stderr).not.toContain('database migrations applied');
  });
});
