import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { expect } from 'vitest';
import { createDb, type Db } from '../../src/db/client';
import { resolveDatabaseTarget, type DatabaseProvider, type DatabaseTarget } from '../../src/db/databaseUrl';
import { keptDatabases as emptied } from './keptDatabases';
import { adminQuery, databaseUrl } from './postgresAdmin';

/** The providers this run tests against: SQLite always, PostgreSQL when reachable (always in CI). */
export const providers: DatabaseProvider[] = process.env.V2030_TEST_PG_TEMPLATE ? ['sqlite', 'postgresql'] : ['sqlite'];

export interface TestDatabase {
  provider: DatabaseProvider;
  target: DatabaseTarget;
  db: Db;
  /** Disconnects and removes the database (PostgreSQL: empties it for the next test of this file). */
  drop(): Promise<void>;
}

/** A database to copy instead of the empty migrated one (see `databaseTemplate`). */
export interface DatabaseTemplate {
  provider: DatabaseProvider;
  /** The SQLite file or the PostgreSQL database name. */
  source: string;
  drop(): Promise<void>;
}

/** The file the log of databases handed out in this run is kept in (see summaryReporter.ts). */
export const DATABASE_LOG = 'databases.log';

const newName = () => `v2030_t_${process.env.V2030_TEST_RUN}_${crypto.randomBytes(5).toString('hex')}`;

/**
 * A freshly migrated database of the provider for one test: empty (a copy of the run's migrated
 * template), or a copy of `from`. SQLite copies the file; PostgreSQL creates the database from the
 * template, and hands a database a test of this file has dropped to the next one, emptied
 * (creating one from the template takes far longer).
 */
export async function freshDatabase(provider: DatabaseProvider, from?: DatabaseTemplate): Promise<TestDatabase> {
  if (from && from.provider !== provider) throw new Error(`freshDatabase: a ${from.provider} template for a ${provider} database`);
  const testFile = path.relative(process.cwd(), expect.getState().testPath ?? 'unknown');
  fs.appendFileSync(path.join(process.env.V2030_TEST_DIR!, DATABASE_LOG), `${provider}\t${testFile}\n`);
  if (provider === 'sqlite') {
    const file = path.join(process.env.V2030_TEST_DIR!, `${newName()}.db`);
    fs.copyFileSync(from?.source ?? process.env.V2030_TEST_SQLITE_TEMPLATE!, file);
    const target = resolveDatabaseTarget(`file:${file}`);
    const db = createDb(target);
    return { provider, target, db, drop: async () => (await db.$disconnect(), removeSqlite(file)) };
  }
  const name = from ? await createPostgres(from.source) : (emptied.pop() ?? (await createEmptyPostgres()));
  const target = resolveDatabaseTarget(databaseUrl(name));
  const db = createDb(target);
  return {
    provider,
    target,
    db,
    drop: async () => {
      await db.$disconnect();
      if (await empty(name)) emptied.push(name);
      else await dropPostgres(name);
    },
  };
}

/**
 * A template holding what `fill` writes into a fresh database (e.g. the demo municipality, which
 * takes seconds to seed): tests of a file copy it with `freshDatabase(provider, template)` instead
 * of seeding each time. Drop it in `afterAll`.
 */
export async function databaseTemplate(provider: DatabaseProvider, fill: (db: Db) => Promise<unknown>): Promise<DatabaseTemplate> {
  const filled = await freshDatabase(provider);
  try {
    await fill(filled.db);
  } finally {
    await filled.db.$disconnect();
  }
  if (provider === 'sqlite') {
    const file = filled.target.file!;
    const sqlite = new Database(file);
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.close();
    return { provider, source: file, drop: async () => removeSqlite(file) };
  }
  const name = new URL(filled.target.url).pathname.slice(1);
  return { provider, source: name, drop: () => dropPostgres(name) };
}

function removeSqlite(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}

function postgresTemplate(): string {
  const template = process.env.V2030_TEST_PG_TEMPLATE;
  if (!template) throw new Error('PostgreSQL is not reachable in this run: use `providers` instead of naming the provider.');
  return template;
}

async function createEmptyPostgres(): Promise<string> {
  const name = await createPostgres(postgresTemplate());
  shape ??= await withClient(name, (client) => shapeOf(client));
  return name;
}

async function createPostgres(template: string): Promise<string> {
  const name = newName();
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  return name;
}

async function dropPostgres(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/** The tables (besides Prisma's) and applied migrations of an empty migrated database, read from the first one created. */
let shape: { tables: string[]; migrations: number } | undefined;

async function withClient<T>(name: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(name), connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function shapeOf(client: pg.Client): Promise<{ tables: string[]; migrations: number }> {
  const tables = (await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1")).rows.map((r) => r.name);
  const migrations = Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL')).rows[0]!.n);
  return { tables, migrations };
}

/**
 * Empties a database a test is done with, for the next test: ends the connections the test left
 * (a worker it did not stop), checks that the schema is still the migrated one and deletes every
 * row. Anything unexpected — a table more or less, a changed migration record, no right to
 * disable the foreign-key triggers — answers false, and the database is dropped instead.
 */
async function empty(name: string): Promise<boolean> {
  if (!shape) return false;
  const { tables, migrations } = shape;
  try {
    return await withClient(name, async (client) => {
      await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
      const now = await shapeOf(client);
      if (now.migrations !== migrations || now.tables.join() !== tables.join()) return false;
      await client.query(`SET session_replication_role = replica; ${tables.map((table) => `DELETE FROM "${table}";`).join(' ')} RESET session_replication_role;`);
      return true;
    });
  } catch {
    return false;
  }
}
