import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const PG_SCHEMA = path.join(ROOT, 'prisma', 'postgresql', 'schema.prisma');
export const SQLITE_SCHEMA = path.join(ROOT, 'prisma', 'sqlite', 'schema.prisma');

const HEADER = '// GENERATED from prisma/postgresql/schema.prisma by scripts/generate-clients.ts: do not edit.\n';

/** The SQLite schema is the PostgreSQL one with the provider, the client output and native types swapped. */
export function deriveSqliteSchema(pgSchema: string): string {
  const body = pgSchema
    .replace(/provider\s*=\s*"postgresql"/, 'provider = "sqlite"')
    .replace(/output\s*=\s*"\.\.\/\.\.\/src\/generated\/postgresql"/, 'output     = "../../src/generated/sqlite"')
    .replace(/\s@db\.\w+(\([^)]*\))?/g, '');
  if (body === pgSchema) throw new Error('deriveSqliteSchema: the PostgreSQL schema did not have the expected datasource/generator');
  return HEADER + body;
}

export function writeSqliteSchema(): void {
  fs.mkdirSync(path.dirname(SQLITE_SCHEMA), { recursive: true });
  fs.writeFileSync(SQLITE_SCHEMA, deriveSqliteSchema(fs.readFileSync(PG_SCHEMA, 'utf8')));
}
