import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { DatabaseTarget } from './databaseUrl';

/**
 * The Prisma driver adapter factory for a database target (used by the client and the CLI).
 * `shortLived` lets idle PostgreSQL connections close at once, so a CLI run exits when done.
 */
export function createDriverAdapter(target: DatabaseTarget, shortLived = false): PrismaBetterSqlite3 | PrismaPg {
  if (target.provider === 'postgresql') {
    return new PrismaPg({ connectionString: target.url, max: 10, idleTimeoutMillis: shortLived ? 1 : 10_000 });
  }
  fs.mkdirSync(path.dirname(target.file!), { recursive: true });
  return new PrismaBetterSqlite3({ url: target.file!, timeout: 10_000 });
}
