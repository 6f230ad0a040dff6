import type { AuditEntry } from '../../src/audit/appendAudit';
import type { Tx } from '../../src/db/client';
import type { TestDatabase } from '../support/databases';

/** An audit entry of a test, distinct per index. */
export function entry(tenantId: string, i: number, now: Date): AuditEntry {
  return { tenantId, actorId: `p${i % 3}`, action: `test.${i}`, entity: 'Measure', entityId: `m${i}`, before: { percent: i }, after: { percent: i + 1, note: `Stand ${i}` }, requestId: `r${i}`, createdAt: now };
}

/**
 * Runs SQL as someone who bypasses the append-only trigger (PostgreSQL: the superuser with triggers off
 * for the transaction, as an administrator would for a legal deletion; SQLite has no trigger).
 */
export async function asSuperuser(h: TestDatabase, work: (tx: Tx) => Promise<unknown>): Promise<void> {
  await h.db.$transaction(async (tx) => {
    if (h.provider === 'postgresql') await tx.$executeRawUnsafe('SET LOCAL session_replication_role = replica');
    await work(tx);
  });
}
