import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { DatabaseTarget } from './databaseUrl';

/**
 * Pragmas every SQLite connection of the running bot gets, once, when Prisma opens it.
 *
 * - `journal_mode = WAL`: a commit appends to the write-ahead log instead of copying pages to a
 *   rollback journal and rewriting the database file, and readers do not block the writer (the
 *   `v2030` CLI can run next to the bot). The mode is stored in the file.
 * - `synchronous = FULL`: every commit is fsync'ed to the WAL before it returns. A command answered
 *   "saved" therefore survives not only a crash of the process (which `NORMAL` in WAL mode would
 *   also survive: the commit is in the operating system's cache) but also a crash of the operating
 *   system or a power loss, which with `NORMAL` could roll back the last commits. DESIGN §4 says a
 *   command answered "saved" is saved, and the price is small: one fsync of the WAL per commit
 *   (measured here 0.3–0.5 ms, against about 1 ms for the rollback journal's several fsyncs).
 * - `busy_timeout` is the driver's `timeout` (10 s): a writer waits for another process's write.
 * - `foreign_keys` stays on as better-sqlite3 sets it.
 *
 * Transactions begin with `BEGIN IMMEDIATE` (the adapter's plain `BEGIN` is deferred): the inbox
 * worker runs in a thread of its own with its own connection, and a deferred transaction that read
 * first could not take the write lock after the other connection committed (SQLITE_BUSY at once,
 * the busy timeout does not apply). IMMEDIATE takes the write lock at the start and waits for it.
 */
export const SQLITE_PRAGMAS = 'PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;';

/** better-sqlite3's Prisma adapter, with SQLITE_PRAGMAS run on each connection it opens. */
class ConfiguredSqlite extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    const internals = adapter as unknown as { client: { prepare: (sql: string) => { run(): unknown } }; onError(error: unknown): never };
    const prepare = internals.client.prepare.bind(internals.client);
    let failedBegin: { error: unknown } | undefined;
    internals.client.prepare = (sql: string) => {
      if (sql !== 'BEGIN') return prepare(sql);
      const begin = prepare('BEGIN IMMEDIATE');
      return {
        run: () => {
          try {
            return begin.run();
          } catch (error) {
            failedBegin = { error };
            return undefined;
          }
        },
      };
    };
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const transaction = await startTransaction(isolationLevel);
      const failed = failedBegin;
      failedBegin = undefined;
      if (!failed) return transaction;
      await transaction.rollback();
      return internals.onError(failed.error);
    };
    return adapter;
  }
}

/**
 * After this long without a word from the bot inside a transaction, PostgreSQL ends the session. A bot
 * cut off from the server (network black hole, process gone without its socket closing) otherwise
 * leaves its transactions open for hours (until TCP keepalive), with their row locks: every booking
 * of that measure, and the next start's, waited on them. Live transactions take at most Prisma's 5 s.
 */
export const ORPHANED_TRANSACTION_MS = 30_000;

/**
 * The Prisma driver adapter factory for a database target (used by the client and the CLI).
 * `busyTimeoutMs`: how long a SQLite connection waits for another's write lock (tests shorten it).
 * `shortLived` lets idle PostgreSQL connections close at once, so a CLI run exits when done; the
 * CLI's SQLite connection keeps the driver's defaults (the journal mode is the file's, once the bot
 * has opened it).
 */
export function createDriverAdapter(target: DatabaseTarget, shortLived = false, busyTimeoutMs = 10_000): PrismaBetterSqlite3 | PrismaPg {
  if (target.provider === 'postgresql') {
    return new PrismaPg({ connectionString: target.url, max: 10, idleTimeoutMillis: shortLived ? 1 : 10_000, idle_in_transaction_session_timeout: ORPHANED_TRANSACTION_MS });
  }
  fs.mkdirSync(path.dirname(target.file!), { recursive: true });
  const config = { url: target.file!, timeout: busyTimeoutMs };
  return shortLived ? new PrismaBetterSqlite3(config) : new ConfiguredSqlite(config);
}
