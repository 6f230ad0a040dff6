import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { createDb, type Db } from '../../src/db/client';
import { resolveDatabaseTarget, type DatabaseProvider, type DatabaseTarget } from '../../src/db/databaseUrl';
import { adminQuery, databaseUrl } from './postgresAdmin';

/** The providers this run tests against: SQLite always, PostgreSQL when reachable (always in CI). */
export const providers: DatabaseProvider[] = process.env.V2030_TEST_PG_TEMPLATE ? ['sqlite', 'postgresql'] : ['sqlite'];

export interface TestDatabase {
  provider: DatabaseProvider;
  target: DatabaseTarget;
  db: Db;
  /** Disconnects and removes the database. */
  drop(): Promise<void>;
}

/** The file the log of databases handed out in this run is kept in (see summaryReporter.ts). */
export const DATABASE_LOG = 'databases.log';

/** A freshly migrated, empty database of the provider, copied from the run's template. */
export async function freshDatabase(provider: DatabaseProvider): Promise<TestDatabase> {
  const name = `v2030_t_${crypto.randomBytes(5).toString('hex')}`;
  const testFile = path.relative(process.cwd(), expect.getState().testPath ?? 'unknown');
  fs.appendFileSync(path.join(process.env.V2030_TEST_DIR!, DATABASE_LOG), `${provider}\t${testFile}\n`);
  if (provider === 'sqlite') {
    const file = path.join(process.env.V2030_TEST_DIR!, `${name}.db`);
    fs.copyFileSync(process.env.V2030_TEST_SQLITE_TEMPLATE!, file);
    const target = resolveDatabaseTarget(`file:${file}`);
    const db = createDb(target);
    return {
      provider,
      target,
      db,
      drop: async () => {
        await db.$disconnect();
        for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
      },
    };
  }
  const template = process.env.V2030_TEST_PG_TEMPLATE;
  if (!template) throw new Error('PostgreSQL is not reachable in this run: use `providers` instead of naming the provider.');
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  const target = resolveDatabaseTarget(databaseUrl(name));
  const db = createDb(target);
  return {
    provider,
    target,
    db,
    drop: async () => {
      await db.$disconnect();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
