import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { resolveDatabaseTarget, type DatabaseTarget } from '../src/db/databaseUrl';
import { applyMigrations } from '../src/db/migrate';

/**
 * A fresh, migrated database for a benchmark run: SQLite in a temporary directory by default; with
 * DATABASE_URL=postgresql://… a new database `v2030_bench_<pid>` on that server (dropped afterwards).
 */
export async function benchDatabase(): Promise<{ target: DatabaseTarget; label: string; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//i.test(url)) {
    const name = `v2030_bench_${process.pid}`;
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    };
    await admin(`DROP DATABASE IF EXISTS ${name}`);
    await admin(`CREATE DATABASE ${name}`);
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    const target = resolveDatabaseTarget(dbUrl.toString());
    await applyMigrations(target);
    return { target, label: 'PostgreSQL', drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v2030-bench-'));
  const target = resolveDatabaseTarget(`file:${path.join(dir, 'bench.db')}`);
  await applyMigrations(target);
  return { target, label: 'SQLite', drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}
