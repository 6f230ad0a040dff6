import type { Db } from '../db/client';
import { chainHash, GENESIS_HASH } from './chainHash';

/** What is wrong with a tenant's audit chain, at the first row where it breaks. */
export interface ChainBreak {
  /**
   * `changed`: the row's content (or its place, seq is hashed) is not what was written;
   * `inserted`: a row the chain does not contain (outside it, or put in before this one);
   * `deleted`: rows are missing from seq `seq` on (in the middle, or at the end: the head counts more).
   */
  kind: 'changed' | 'inserted' | 'deleted';
  seq: number | null;
  /** The row named (for `deleted`: the first row after the gap, if any). */
  id?: string;
  action?: string;
  createdAt?: Date;
}

export interface ChainReport {
  tenantId: string;
  /** Rows checked in chain order. */
  rows: number;
  /** The end of the chain as stored: an auditor may note it and check it later (`--anchor`). */
  head?: { seq: number; hash: string };
  problem?: ChainBreak;
}

const PAGE = 1000;

type Row = Awaited<ReturnType<Db['auditLog']['findMany']>>[number];

/** Recomputes a tenant's chain from its first row and names the first row changed, inserted or deleted. */
export async function verifyChain(db: Db, tenantId: string): Promise<ChainReport> {
  const head = await db.auditHead.findUnique({ where: { tenantId } });
  const report: ChainReport = { tenantId, rows: 0, ...(head && { head: { seq: head.seq, hash: head.hash } }) };
  const outside = await db.auditLog.findFirst({ where: { tenantId, seq: null }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  if (outside) return { ...report, problem: named('inserted', outside) };
  let prevHash = GENESIS_HASH;
  let previous: Row | undefined;
  let expected = 1;
  for (let last = 0; ; ) {
    const page = await db.auditLog.findMany({ where: { tenantId, seq: { gt: last } }, orderBy: { seq: 'asc' }, take: PAGE });
    for (const row of page) {
      const seq = row.seq!;
      if (seq > expected) return { ...report, problem: { ...named('deleted', row), seq: expected } };
      if (row.hash !== chainHash(prevHash, { ...row, seq })) return { ...report, problem: await breakAt(db, row, prevHash, previous) };
      prevHash = row.hash;
      previous = row;
      expected = seq + 1;
      report.rows++;
    }
    if (page.length < PAGE) break;
    last = page[page.length - 1]!.seq!;
  }
  const end = expected - 1;
  if (!head) return end === 0 ? report : { ...report, problem: { kind: 'deleted', seq: expected } };
  if (head.seq > end) return { ...report, problem: { kind: 'deleted', seq: expected } };
  if (head.seq < end || head.hash !== prevHash) {
    const row = await db.auditLog.findUnique({ where: { tenantId_seq: { tenantId, seq: Math.min(head.seq + 1, end) } } });
    return { ...report, problem: row ? named(head.seq < end ? 'inserted' : 'changed', row) : { kind: 'changed', seq: end } };
  }
  return report;
}

/** Whether the row at an anchor's seq (noted from an earlier `verify`) still has that hash. */
export async function checkAnchor(db: Db, tenantId: string, anchor: { seq: number; hash: string }): Promise<boolean> {
  const row = await db.auditLog.findUnique({ where: { tenantId_seq: { tenantId, seq: anchor.seq } }, select: { hash: true } });
  return row?.hash === anchor.hash;
}

/**
 * A row whose hash does not follow. It may be intact, its hash matching its own stored predecessor at
 * its place or one place off (the rows after an insertion or deletion renumbered): then the row before
 * it was put in (both claim the same predecessor), or one before it was taken out (its predecessor is
 * gone), or the previous row was changed with its hash recomputed. Otherwise the row itself was
 * changed or moved.
 */
async function breakAt(db: Db, row: Row, prevHash: string, previous: Row | undefined): Promise<ChainBreak> {
  const seq = row.seq!;
  const shift = [0, -1, 1].find((d) => row.hash === chainHash(row.prevHash ?? '', { ...row, seq: seq + d }));
  if (shift === undefined || (shift === 0 && row.prevHash === prevHash)) return named('changed', row);
  if (previous && row.prevHash === previous.prevHash) return named('inserted', previous);
  const predecessorKept = row.prevHash !== GENESIS_HASH && (await db.auditLog.count({ where: { tenantId: row.tenantId, hash: row.prevHash } })) > 0;
  if (shift === 1 && !predecessorKept) return { ...named('deleted', row), seq };
  if (shift === 0 && previous) return named('changed', previous);
  return named('changed', row);
}

function named(kind: ChainBreak['kind'], row: Row): ChainBreak {
  return { kind, seq: row.seq, id: row.id, action: row.action, createdAt: row.createdAt };
}
