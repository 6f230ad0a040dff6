import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { postgresReachable } from './postgresAdmin';
import { migrationsHash, postgresTemplate, sqliteTemplate } from './templates';

// One migrated template database per provider, reused across runs while the migrations are
// unchanged (templates.ts); each test copies it (SQLite: the file, PostgreSQL: CREATE DATABASE …
// TEMPLATE), which keeps per-test databases fresh and fast. The run's directory holds the SQLite
// copies and the log of databases handed out, which the summary reporter counts per provider.
export default async function setup(): Promise<() => void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v2030-test-'));
  process.env.V2030_TEST_DIR = dir;

  const withPostgres = await postgresReachable();
  if (!withPostgres && process.env.CI) {
    throw new Error('CI requires PostgreSQL on 127.0.0.1:5432 (set V2030_TEST_PG_URL to use another server).');
  }
  if (!withPostgres) console.warn('PostgreSQL is not reachable: running the database tests on SQLite only.');
  const hash = migrationsHash();
  const [sqlite, postgres] = await Promise.all([sqliteTemplate(hash), withPostgres ? postgresTemplate(hash) : undefined]);
  process.env.V2030_TEST_SQLITE_TEMPLATE = sqlite;
  if (postgres) process.env.V2030_TEST_PG_TEMPLATE = postgres;

  return () => fs.rmSync(dir, { recursive: true, force: true });
}
