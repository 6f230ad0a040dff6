import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { SQLITE_PRAGMAS } from '../db/driverAdapter';
import type { InboundItem } from './inboundItem';
import type { InboxRows } from './inboxRows';

const INSERT = `INSERT INTO "InboundRequest" ("id", "tenantId", "platform", "deliveryKey", "payload", "status", "attempts", "receivedAt")
VALUES (?, ?, ?, ?, ?, 'pending', 0, ?) ON CONFLICT ("tenantId", "platform", "deliveryKey") DO NOTHING`;

/**
 * SQLite: a connection of its own to the bot's file (WAL, synchronous FULL: the commit is on disk
 * when `insert` resolves), one IMMEDIATE transaction per batch, waiting up to 10 s for the write
 * lock like the bot's other connections. Dates are written as Prisma's SQLite adapter writes them
 * (ISO 8601 with `+00:00`), so Prisma reads and compares them as its own.
 */
export function openSqliteInboxRows(file: string): InboxRows {
  const connection = new Database(file, { timeout: 10_000 });
  connection.exec(SQLITE_PRAGMAS);
  const insert = connection.prepare(INSERT);
  const insertAll = connection.transaction((items: readonly InboundItem[], receivedAt: string) =>
    items.map((item) => insert.run(crypto.randomUUID(), item.tenantId, item.platform, item.deliveryKey, JSON.stringify(item.payload), receivedAt).changes === 1),
  );
  return {
    insert: async (items, receivedAt) => insertAll.immediate(items, receivedAt.toISOString().replace('Z', '+00:00')),
    close: async () => {
      connection.close();
    },
  };
}
