import { PrismaClient as PgClient } from '../generated/postgresql/client';
import { PrismaClient as SqliteClient } from '../generated/sqlite/client';
import type { DatabaseTarget } from './databaseUrl';
import { createDriverAdapter } from './driverAdapter';

/**
 * The core works against one client type. Both generated clients come from the same models
 * (scripts/lib/sqliteSchema.ts derives one schema from the other, test/db/schemaDrift.test.ts
 * checks it), so the SQLite client is used through the PostgreSQL client's type.
 */
export type Db = PgClient;
export type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;
export { Prisma } from '../generated/postgresql/client';

export function createDb(target: DatabaseTarget): Db {
  const adapter = createDriverAdapter(target);
  if (target.provider === 'postgresql') return new PgClient({ adapter });
  return new SqliteClient({ adapter }) as unknown as Db;
}
