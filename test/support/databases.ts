import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
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

/** A freshly migrated, empty database of the provider, copied from the run's template. */
export async function freshDatabase(provider: DatabaseProvider): Promise<TestDatabase> {
  const name = `v2030_t_${crypto.randomBytes(5).toString('hex')}`;
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
        fs.rmSync(file, { force: true });
      },
    };
  }
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${process.env.V2030_TEST_PG_TEMPLATE}`);
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
