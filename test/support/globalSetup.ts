import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveDatabaseTarget } from '../../src/db/databaseUrl';
import { applyMigrations } from '../../src/db/migrate';
import { adminQuery, databaseUrl, postgresReachable } from './postgresAdmin';

// Migrates one template database per provider once; each test copies it (SQLite: the file,
// PostgreSQL: CREATE DATABASE … TEMPLATE), which keeps per-test databases fresh and fast.
export default async function setup(): Promise<() => Promise<void>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v2030-test-'));
  const sqliteTemplate = path.join(dir, 'template.db');
  await applyMigrations(resolveDatabaseTarget(`file:${sqliteTemplate}`));
  process.env.V2030_TEST_DIR = dir;
  process.env.V2030_TEST_SQLITE_TEMPLATE = sqliteTemplate;

  const pgTemplate = `v2030_tpl_${process.pid}`;
  const withPostgres = await postgresReachable();
  if (!withPostgres && process.env.CI) {
    throw new Error('CI requires PostgreSQL on 127.0.0.1:5432 (set V2030_TEST_PG_URL to use another server).');
  }
  if (withPostgres) {
    await adminQuery(`DROP DATABASE IF EXISTS ${pgTemplate}`);
    await adminQuery(`CREATE DATABASE ${pgTemplate}`);
    await applyMigrations(resolveDatabaseTarget(databaseUrl(pgTemplate)));
    process.env.V2030_TEST_PG_TEMPLATE = pgTemplate;
  } else {
    console.warn('PostgreSQL is not reachable: running the database tests on SQLite only.');
  }

  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (withPostgres) await adminQuery(`DROP DATABASE IF EXISTS ${pgTemplate} WITH (FORCE)`);
  };
}
