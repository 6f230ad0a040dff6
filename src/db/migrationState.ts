import fs from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { DatabaseTarget } from './databaseUrl';

interface MigrationRow {
  migration_name: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/**
 * Whether every migration in `dir` is recorded as applied in the database's `_prisma_migrations`
 * table and none as failed or in progress: then `prisma migrate deploy` has nothing to do, and the
 * seconds its schema engine takes to start are saved (at every start of the bot). Any doubt — no
 * database or table yet, a failed migration, an unreadable state — answers false, and Prisma decides.
 */
export async function migrationsUpToDate(target: DatabaseTarget, dir: string): Promise<boolean> {
  const local = fs.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  let rows: MigrationRow[];
  try {
    rows = await recordedMigrations(target);
  } catch {
    return false;
  }
  if (rows.some((row) => row.finished_at === null && row.rolled_back_at === null)) return false;
  const applied = new Set(rows.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => row.migration_name));
  return local.every((name) => applied.has(name));
}

const QUERY = 'SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations';

async function recordedMigrations(target: DatabaseTarget): Promise<MigrationRow[]> {
  if (target.provider === 'sqlite') {
    const db = new Database(target.file!, { readonly: true, fileMustExist: true });
    try {
      return db.prepare(QUERY).all() as MigrationRow[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return (await client.query<MigrationRow>(QUERY)).rows;
  } finally {
    await client.end();
  }
}
