import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { resolveDatabaseTarget, type DatabaseProvider } from '../../src/db/databaseUrl';
import { applyMigrations } from '../../src/db/migrate';
import { migrationsUpToDate } from '../../src/db/migrationState';
import { PG_SCHEMA } from '../../scripts/lib/sqliteSchema';
import { freshDatabase, providers } from '../support/databases';
import { adminQuery, databaseUrl } from '../support/postgresAdmin';

const migrationsOf = (provider: DatabaseProvider) => path.join(import.meta.dirname, '..', '..', 'prisma', provider, 'migrations');
const models = [...fs.readFileSync(PG_SCHEMA, 'utf8').matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!).sort();

async function tablesOf(provider: DatabaseProvider, url: string, file?: string): Promise<string[]> {
  if (provider === 'sqlite') {
    const sqlite = new Database(file!, { readonly: true });
    const rows = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
    sqlite.close();
    return rows.map((r) => r.name).sort();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'");
  await client.end();
  return rows.map((r: { name: string }) => r.name).sort();
}

describe.each(providers)('migrations on an empty %s database', (provider) => {
  it('create every model table, then report nothing pending (without starting Prisma again)', async () => {
    const name = `v2030_m_${crypto.randomBytes(4).toString('hex')}`;
    const file = path.join(process.env.V2030_TEST_DIR!, `${name}.db`);
    if (provider === 'postgresql') await adminQuery(`CREATE DATABASE ${name}`);
    const target = resolveDatabaseTarget(provider === 'sqlite' ? `file:${file}` : databaseUrl(name));
    try {
      expect(await applyMigrations(target)).toMatchObject({ applied: true, output: expect.stringMatching(/following migration\(s\) have been applied/) });
      expect(await tablesOf(provider, target.url, target.file)).toEqual([...models, '_prisma_migrations'].sort());
      expect(await migrationsUpToDate(target, migrationsOf(provider))).toBe(true);
      expect(await applyMigrations(target)).toEqual({ applied: false, output: '' });
    } finally {
      if (provider === 'postgresql') await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      else fs.rmSync(file, { force: true });
    }
  }, 60_000);

  it('count a database as up to date only with every migration applied and none failed', async () => {
    const dir = migrationsOf(provider);
    const last = fs.readdirSync(dir).filter((name) => /^\d+_/.test(name)).sort().at(-1)!;
    const h = await freshDatabase(provider);
    try {
      expect(await migrationsUpToDate(h.target, dir)).toBe(true);
      await h.db.$executeRawUnsafe(`UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = '${last}'`);
      expect(await migrationsUpToDate(h.target, dir)).toBe(false);
      await h.db.$executeRawUnsafe(`DELETE FROM _prisma_migrations WHERE migration_name = '${last}'`);
      expect(await migrationsUpToDate(h.target, dir)).toBe(false);
      await h.db.$executeRawUnsafe('DROP TABLE _prisma_migrations');
      expect(await migrationsUpToDate(h.target, dir)).toBe(false);
    } finally {
      await h.drop();
    }
    expect(await migrationsUpToDate(resolveDatabaseTarget(`file:${path.join(process.env.V2030_TEST_DIR!, 'missing.db')}`), migrationsOf('sqlite'))).toBe(false);
  });
});
