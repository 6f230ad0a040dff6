import crypto from 'node:crypto';
import pg from 'pg';
import type { InboundItem } from './inboundItem';
import type { InboxRows } from './inboxRows';

/** One statement for any batch size (arrays as parameters), so PostgreSQL parses and plans it once per connection. */
const INSERT: Omit<pg.QueryConfig, 'values'> = {
  name: 'v2030_inbox_insert',
  text: `INSERT INTO "InboundRequest" ("id", "tenantId", "platform", "deliveryKey", "payload", "status", "attempts", "receivedAt")
SELECT id, tenant, platform, key, payload::jsonb, 'pending', 0, $6::timestamp(3)
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS batch(id, tenant, platform, key, payload)
ON CONFLICT ("tenantId", "platform", "deliveryKey") DO NOTHING
RETURNING "tenantId", "platform", "deliveryKey"`,
};

/**
 * PostgreSQL: one INSERT per batch (a statement is its own transaction) on a small pool of its own;
 * RETURNING names the rows that were new, so a retried delivery among them is told apart.
 */
export function openPostgresInboxRows(url: string): InboxRows {
  const pool = new pg.Pool({ connectionString: url, max: 2, idleTimeoutMillis: 10_000, connectionTimeoutMillis: 10_000 });
  // An idle connection the server closed (restart, failover) is dropped by the pool and the next
  // batch opens a new one; without a listener the pool's 'error' event would end the process.
  pool.on('error', () => undefined);
  return {
    async insert(items, receivedAt) {
      const result = await pool.query<Pick<InboundItem, 'tenantId' | 'platform' | 'deliveryKey'>>({
        ...INSERT,
        values: [
          items.map(() => crypto.randomUUID()),
          items.map((i) => i.tenantId),
          items.map((i) => i.platform),
          items.map((i) => i.deliveryKey),
          items.map((i) => JSON.stringify(i.payload)),
          // The column is a timestamp without time zone holding UTC (as Prisma writes it): the ISO text, zone ignored.
          receivedAt.toISOString(),
        ],
      });
      const stored = new Set(result.rows.map(keyOf));
      return items.map((item) => stored.delete(keyOf(item)));
    },
    close: () => pool.end(),
  };
}

function keyOf(item: Pick<InboundItem, 'tenantId' | 'platform' | 'deliveryKey'>): string {
  return `${item.tenantId}\u0000${item.platform}\u0000${item.deliveryKey}`;
}
