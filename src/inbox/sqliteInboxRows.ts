import crypto from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { SQLITE_PRAGMAS } from '../db/driverAdapter';
import type { InboundItem } from './inboundItem';
import type { InboxRows } from './inboxRows';

const INSERT = `INSERT INTO "InboundRequest" ("id", "tenantId", "platform", "deliveryKey", "payload", "status", "attempts", "receivedAt")
VALUES (?, ?, ?, ?, ?, 'pending', 0, ?) ON CONFLICT ("tenantId", "platform", "deliveryKey") DO NOTHING`;

/** How long a batch waits for another connection's write lock before it is refused (well within Slack's 3 s). */
export const INBOX_LOCK_WAIT_MS = 2000;

/**
 * SQLite: a connection of its own to the bot's file (WAL, synchronous FULL: the commit is on disk
 * when `insert` resolves), one IMMEDIATE transaction per batch. Dates are written as Prisma's
 * SQLite adapter writes them (ISO 8601 with `+00:00`), so Prisma reads and compares them as its own.
 *
 * The writer runs on the listener's event loop, and better-sqlite3 waits for a lock synchronously:
 * with the driver's busy timeout an outside write lock froze the whole HTTP server for up to 10 s
 * (health checks and acknowledgements included). So the connection does not wait: a busy file is
 * tried again every 5 ms, between other work, and after `lockWaitMs` the batch is refused, so
 * the platform can be told in time that nothing was stored.
 */
export function openSqliteInboxRows(file: string, lockWaitMs = INBOX_LOCK_WAIT_MS): InboxRows {
  const connection = new Database(file, { timeout: 0 });
  connection.exec(SQLITE_PRAGMAS);
  const insert = connection.prepare(INSERT);
  const insertAll = connection.transaction((items: readonly InboundItem[], receivedAt: string) =>
    items.map((item) => insert.run(crypto.randomUUID(), item.tenantId, item.platform, item.deliveryKey, JSON.stringify(item.payload), receivedAt).changes === 1),
  );
  return {
    async insert(items, receivedAt) {
      const at = receivedAt.toISOString().replace('Z', '+00:00');
      const giveUpAt = performance.now() + lockWaitMs;
      for (;;) {
        try {
          return insertAll.immediate(items, at);
        } catch (error) {
          if (!String((error as { code?: string }).code).startsWith('SQLITE_BUSY') || performance.now() >= giveUpAt) throw error;
        }
        await sleep(5);
      }
    },
    close: async () => {
      connection.close();
    },
  };
}
