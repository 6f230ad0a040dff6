import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adminQuery, postgresReachable } from './postgresAdmin';
import { migrationsHash, postgresTemplate, sqliteTemplate } from './templates';

// One migrated template database per provider, reused across runs while the migrations are
// unchanged (templates.ts); each test copies it (SQLite: the file, PostgreSQL: CREATE DATABASE …
// TEMPLATE), which keeps per-test databases fresh and fast. The run's directory holds the SQLite
// copies (in memory where the system has /dev/shm: no test checks what a power loss keeps, and
// fsync there costs nothing) and the log of databases handed out, which the summary reporter
// counts per provider. PostgreSQL databases carry the run's id, so the teardown finds any a
// crashed test left.
export default async function setup(): Promise<() => Promise<void>> {
  const base = fs.existsSync('/dev/shm') && canWrite('/dev/shm') ? '/dev/shm' : os.tmpdir();
  const dir = fs.mkdtempSync(path.join(base, 'v2030-test-'));
  const run = crypto.randomBytes(3).toString('hex');
  process.env.V2030_TEST_DIR = dir;
  process.env.V2030_TEST_RUN = run;

  const withPostgres = await postgresReachable();
  if (!withPostgres && process.env.CI) {
    throw new Error('CI requires PostgreSQL on 127.0.0.1:5432 (set V2030_TEST_PG_URL to use another server).');
  }
  if (!withPostgres) console.warn('PostgreSQL is not reachable: running the database tests on SQLite only.');
  const hash = migrationsHash();
  const [sqlite, postgres] = await Promise.all([sqliteTemplate(hash), withPostgres ? postgresTemplate(hash) : undefined]);
  process.env.V2030_TEST_SQLITE_TEMPLATE = sqlite;
  if (postgres) process.env.V2030_TEST_PG_TEMPLATE = postgres;

  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (!withPostgres) return;
    const left = await adminQuery<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [`v2030_t_${run}_`]);
    for (const { datname } of left) await adminQuery(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  };
}

function canWrite(dir: string): boolean {
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
