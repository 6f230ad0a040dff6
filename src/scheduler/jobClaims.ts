import type { Db } from '../db/client';
import { isUniqueViolation } from '../db/errors';

export interface SlotRef {
  tenantId: string;
  job: string;
  slot: string;
}

/**
 * Claims a slot by inserting its row: with several replicas exactly one insert wins. A claim whose
 * worker died (still "running" after the lease) may be taken over; jobs are idempotent through the
 * outbox's keys, so a taken-over run never posts twice.
 */
export async function claimSlot(db: Db, ref: SlotRef, workerId: string, now: Date, leaseMs: number): Promise<boolean> {
  try {
    await db.jobRun.create({ data: { ...ref, status: 'running', claimedBy: workerId, claimedAt: now } });
    return true;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const takenOver = await db.jobRun.updateMany({
    where: { ...ref, status: 'running', claimedAt: { lt: new Date(now.getTime() - leaseMs) } },
    data: { claimedBy: workerId, claimedAt: now },
  });
  return takenOver.count === 1;
}

export async function finishSlot(db: Db, ref: SlotRef, workerId: string, now: Date, error?: unknown): Promise<void> {
  await db.jobRun.updateMany({
    where: { ...ref, claimedBy: workerId },
    data: { status: error ? 'failed' : 'done', finishedAt: now, error: error ? String((error as Error).message ?? error) : null },
  });
}
