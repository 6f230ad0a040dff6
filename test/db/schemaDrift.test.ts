import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveSqliteSchema, PG_SCHEMA, SQLITE_SCHEMA } from '../../scripts/lib/sqliteSchema';

describe('Prisma schemas', () => {
  const pg = fs.readFileSync(PG_SCHEMA, 'utf8');

  it('the committed SQLite schema is the one derived from the PostgreSQL source', () => {
    expect(fs.readFileSync(SQLITE_SCHEMA, 'utf8')).toBe(deriveSqliteSchema(pg));
  });

  it('both providers have a migration for the current schema (run "npm run migration:new -- <name>")', () => {
    expect(fs.readFileSync(PG_SCHEMA.replace('schema.prisma', 'migrated.prisma'), 'utf8')).toBe(pg);
    expect(fs.readFileSync(SQLITE_SCHEMA.replace('schema.prisma', 'migrated.prisma'), 'utf8')).toBe(deriveSqliteSchema(pg));
  });

  it('derivation swaps provider and client output and drops native types', () => {
    const derived = deriveSqliteSchema('generator client {\n  output = "../../src/generated/postgresql"\n}\ndatasource db {\n  provider = "postgresql"\n}\nmodel A {\n  at DateTime @db.Timestamptz(3)\n  n Decimal @db.Decimal(12, 3)\n}\n');
    expect(derived).toContain('provider = "sqlite"');
    expect(derived).toContain('"../../src/generated/sqlite"');
    expect(derived).not.toContain('@db.');
  });
});
