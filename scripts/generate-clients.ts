// Writes prisma/sqlite/schema.prisma from the PostgreSQL source and generates both Prisma clients.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { PG_SCHEMA, ROOT, SQLITE_SCHEMA, writeSqliteSchema } from './lib/sqliteSchema';

writeSqliteSchema();
const prismaBin = path.join(ROOT, 'node_modules', 'prisma', 'build', 'index.js');
for (const [schema, url] of [
  [PG_SCHEMA, 'postgresql://localhost:5432/unused'],
  [SQLITE_SCHEMA, 'file:./unused.db'],
] as const) {
  // The CLI needs a datasource URL even to generate; no connection is made.
  execFileSync(process.execPath, [prismaBin, 'generate', '--schema', schema], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
  });
}
