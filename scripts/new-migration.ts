// Usage: npm run migration:new -- <name>
// Writes a migration for PostgreSQL and for SQLite by diffing each provider's schema against the
// snapshot of the last migration (prisma/<provider>/migrated.prisma), then updates the snapshots.
// Schema-to-schema diffs need no database, which is the one way that works offline (see FACTS).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PG_SCHEMA, ROOT, SQLITE_SCHEMA, writeSqliteSchema } from './lib/sqliteSchema';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run migration:new -- <name>   (lower case letters, digits and _ only)');
  process.exit(2);
}
writeSqliteSchema();
const prismaBin = path.join(ROOT, 'node_modules', 'prisma', 'build', 'index.js');
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const targets = [
  { provider: 'postgresql', schema: PG_SCHEMA, url: 'postgresql://root@127.0.0.1:5432/postgres' },
  { provider: 'sqlite', schema: SQLITE_SCHEMA, url: 'file:./unused.db' },
];
for (const { provider, schema, url } of targets) {
  const dir = path.join(ROOT, 'prisma', provider);
  const snapshot = path.join(dir, 'migrated.prisma');
  const from = fs.existsSync(snapshot) ? ['--from-schema-datamodel', snapshot] : ['--from-empty'];
  const sql = execFileSync(
    process.execPath,
    [prismaBin, 'migrate', 'diff', ...from, '--to-schema-datamodel', schema, '--script'],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: '1' } },
  );
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log(`${provider}: no schema change, no migration written.`);
    continue;
  }
  const migrationDir = path.join(dir, 'migrations', `${stamp}_${name}`);
  fs.mkdirSync(migrationDir, { recursive: true });
  fs.writeFileSync(path.join(migrationDir, 'migration.sql'), sql);
  const lock = path.join(dir, 'migrations', 'migration_lock.toml');
  if (!fs.existsSync(lock)) fs.writeFileSync(lock, `provider = "${provider}"\n`);
  fs.copyFileSync(schema, snapshot);
  console.log(`${provider}: wrote ${path.relative(ROOT, migrationDir)}/migration.sql`);
}
