import type { Db } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import { sealUnchainedRows } from './appendAudit';

/**
 * After the migration that added the hash chain: chains each tenant's earlier audit rows (oldest
 * first) and starts its head, so `v2030 audit verify` covers them at once. A tenant whose chain has
 * started already is left alone (its unchained rows were not written by the bot: verify names them).
 */
export async function sealLegacyAudit(db: Db): Promise<number> {
  const tenants = await db.auditLog.findMany({ where: { seq: null }, distinct: ['tenantId'], select: { tenantId: true } });
  let sealed = 0;
  for (const { tenantId } of tenants) {
    try {
      sealed += await db.$transaction(
        async (tx) => {
          if (await tx.auditHead.findUnique({ where: { tenantId } })) return 0;
          const { count, lastHash } = await sealUnchainedRows(tx, tenantId);
          if (lastHash) await tx.auditHead.create({ data: { tenantId, seq: count, hash: lastHash } });
          return count;
        },
        { maxWait: 30_000, timeout: 300_000 },
      );
    } catch (error) {
      // The bot appended the tenant's first chained row meanwhile, sealing these with it.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return sealed;
}
