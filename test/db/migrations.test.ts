import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { resolveDatabaseTarget, type DatabaseProvider } from '../../src/db/databaseUrl';
import { applyMigrations } from '../../src/db/migrate';
import { PG_SCHEMA } from '../../scripts/lib/sqliteSchema';
import { providers } from '../support/databases';
import { adminQuery, databaseUrl } from '../support/postgresAdmin';

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
  it('create every model table, then report nothing pending', async () => {
    const name = `v2030_m_${crypto.randomBytes(4).toString('hex')}`;
    const file = path.join(process.env.V2030_TEST_DIR!, `${name}.db`);
    if (provider === 'postgresql') await adminQuery(`CREATE DATABASE ${name}`);
    const target = resolveDatabaseTarget(provider === 'sqlite' ? `file:${file}` : databaseUrl(name));
    try {
      expect(await applyMigrations(target)).toMatch(/following migration\(s\) have been applied/);
      expect(await tablesOf(provider, target.url, target.file)).toEqual([...models, '_prisma_migrations'].sort());
      expect(await applyMigrations(target)).toMatch(/No pending migrations to apply/);
    } finally {
      if (provider === 'postgresql') await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      else fs.rmSync(file, { force: true });
    }
  }, 60_000);
});
