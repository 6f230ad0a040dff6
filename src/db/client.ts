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

const targets = new WeakMap<Db, DatabaseTarget>();

export function createDb(target: DatabaseTarget, options: { busyTimeoutMs?: number } = {}): Db {
  const adapter = createDriverAdapter(target, false, options.busyTimeoutMs);
  const db = target.provider === 'postgresql' ? new PgClient({ adapter }) : (new SqliteClient({ adapter }) as unknown as Db);
  targets.set(db, target);
  return db;
}

/** The database a client was created for (for the few paths that use the driver directly, e.g. the inbox). */
export function targetOf(db: Db): DatabaseTarget {
  const target = targets.get(db);
  if (!target) throw new Error('targetOf: this client was not created by createDb');
  return target;
}

/** A wrapper of a client (tests: one that fails on demand) that stands for the same database. */
export function sameDatabase<T extends object>(view: T, of: Db): T {
  targets.set(view as unknown as Db, targetOf(of));
  return view;
}
