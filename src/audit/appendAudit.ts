import { Prisma, type Tx } from '../db/client';
import { chainHash, GENESIS_HASH, normalizeJson } from './chainHash';

/**
 * One audit record. People appear by id only (actorId, ids in before/after), never by name or
 * e-mail: erasing a person pseudonymises the Person row and the chain still verifies.
 */
export interface AuditEntry {
  tenantId: string;
  actorId?: string | null;
  action: string;
  entity: string;
  entityId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  requestId?: string | null;
  createdAt: Date;
}

export interface Appended {
  id: string;
  seq: number;
  hash: string;
}

/**
 * The one way an audit row is written, inside the caller's transaction: takes the tenant's chain head
 * (an upsert of its `AuditHead` row, which PostgreSQL locks until the transaction ends and SQLite's
 * `BEGIN IMMEDIATE` serialises anyway), so concurrent writers of a tenant append one after the other;
 * the row gets seq = previous + 1 and hash = sha256(previous hash, canonical content).
 */
export async function appendAudit(tx: Tx, entry: AuditEntry): Promise<Appended> {
  let { seq, prevHash } = await advanceHead(tx, entry.tenantId);
  if (seq === 1) {
    // The tenant's chain starts now: rows written before it are sealed first, in the order they were written.
    const sealed = await sealUnchainedRows(tx, entry.tenantId);
    seq += sealed.count;
    prevHash = sealed.lastHash ?? prevHash;
  }
  const before = normalizeJson(entry.before);
  const after = normalizeJson(entry.after);
  const content = {
    tenantId: entry.tenantId,
    seq,
    actorId: entry.actorId ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before,
    after,
    requestId: entry.requestId ?? null,
    createdAt: entry.createdAt,
  };
  const hash = chainHash(prevHash, content);
  const row = await tx.auditLog.create({
    data: { ...content, before: asJson(before), after: asJson(after), prevHash, hash },
    select: { id: true },
  });
  await tx.$executeRaw`UPDATE "AuditHead" SET "seq" = ${seq}, "hash" = ${hash} WHERE "tenantId" = ${entry.tenantId}`;
  return { id: row.id, seq, hash };
}

/** Several rows in order (one import, one decision that touches two things). */
export async function appendAudits(tx: Tx, entries: AuditEntry[]): Promise<Appended[]> {
  const appended: Appended[] = [];
  for (const entry of entries) appended.push(await appendAudit(tx, entry));
  return appended;
}

const asJson = (value: unknown) => (value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue));

/** Claims the next position of the tenant's chain: the new seq and the hash it follows. */
async function advanceHead(tx: Tx, tenantId: string): Promise<{ seq: number; prevHash: string }> {
  const rows = await tx.$queryRaw<{ seq: number | bigint; hash: string }[]>`
    INSERT INTO "AuditHead" ("tenantId", "seq", "hash") VALUES (${tenantId}, 1, ${GENESIS_HASH})
    ON CONFLICT ("tenantId") DO UPDATE SET "seq" = "AuditHead"."seq" + 1
    RETURNING "seq", "hash"`;
  const head = rows[0]!;
  return { seq: Number(head.seq), prevHash: head.hash };
}

/**
 * Chains the tenant's rows written before the hash chain existed (seq null), oldest first, from the
 * start of the chain. Called when a tenant's chain starts: with its first audited change after the
 * migration, or at once after migrating (`sealLegacyAudit`).
 */
export async function sealUnchainedRows(tx: Tx, tenantId: string): Promise<{ count: number; lastHash?: string }> {
  const rows = await tx.auditLog.findMany({ where: { tenantId, seq: null }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  let prevHash = GENESIS_HASH;
  let seq = 0;
  for (const row of rows) {
    seq++;
    const hash = chainHash(prevHash, { ...row, seq });
    await tx.auditLog.update({ where: { id: row.id }, data: { seq, prevHash, hash } });
    prevHash = hash;
  }
  return rows.length > 0 ? { count: rows.length, lastHash: prevHash } : { count: 0 };
}
