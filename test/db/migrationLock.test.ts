import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveDatabaseTarget } from '../../src/db/databaseUrl';
import { applyMigrations } from '../../src/db/migrate';
import { MigrationError } from '../../src/db/migrationFailure';
import { translator } from '../../src/i18n';
import { holdWriteLock, type LockHolder } from './support/lockHolder';

const tableCount = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('migrating a SQLite file while another process writes to it (a running bot)', () => {
  let holder: LockHolder | undefined;
  const file = () => path.join(process.env.V2030_TEST_DIR!, `locked-${crypto.randomBytes(4).toString('hex')}.db`);
  afterEach(async () => {
    await holder?.release();
    holder = undefined;
  });

  it('waits for the lock and then applies the pending migrations', async () => {
    const database = file();
    holder = await holdWriteLock(database);
    const waits: number[] = [];
    const outcome = await applyMigrations(resolveDatabaseTarget(`file:${database}`), {
      onLockWait: (seconds) => {
        waits.push(seconds);
        void holder!.release();
      },
    });
    expect(waits).toEqual([1]);
    expect(outcome.applied).toBe(true);
    expect(tableCount(database)).toBeGreaterThan(10);
  }, 180_000);

  it('when the lock stays taken: says in the operator’s words what happened and what to do, with the engine’s text in a file', async () => {
    const database = file();
    holder = await holdWriteLock(database);
    const failure = await applyMigrations(resolveDatabaseTarget(`file:${database}`), { lockBackoffSeconds: [] }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MigrationError);
    const { messageKey, params } = failure as MigrationError;
    for (const locale of ['de', 'en'] as const) {
      const text = translator(locale)(messageKey, params);
      expect(text).toContain(database);
      expect(text).not.toMatch(/WASM|SocketTimeout|Error:|\bat /);
    }
    expect(translator('en')(messageKey, params)).toMatch(/locked by another process .* Try again in a few minutes/);
    expect(fs.readFileSync(String(params.detail), 'utf8')).toContain('SocketTimeout');
    expect(tableCount(database)).toBe(0);
  }, 180_000);
});
