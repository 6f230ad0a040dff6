import { targetOf, type Db, type Tx } from '../db/client';

/*
 * Row locks for the rest of the transaction (PostgreSQL), so that bookings of one measure or KPI — the
 * inbox worker's parallel slots, several replicas — queue behind each other instead of failing on its
 * version: with many at once the optimistic retries ran out and acknowledged commands were answered
 * "busy". SQLite needs nothing: `BEGIN IMMEDIATE` already serialises writers.
 */

/**
 * Options for a booking transaction that takes one of these locks: its wait in the queue happens inside
 * the transaction (and for a pooled connection before it), which Prisma's defaults (5 s, 2 s) counted as
 * a failure, so a busy measure's acknowledged booking expired instead of waiting its turn.
 */
export const QUEUED_BOOKING = { maxWait: 30_000, timeout: 60_000 } as const;

export async function lockMeasure(db: Db, tx: Tx, tenantId: string, code: string): Promise<void> {
  if (targetOf(db).provider !== 'postgresql') return;
  await tx.$queryRaw`SELECT 1 FROM "Measure" WHERE "tenantId" = ${tenantId} AND "code" = ${code} FOR UPDATE`;
}

export async function lockKpi(db: Db, tx: Tx, kpiId: string): Promise<void> {
  if (targetOf(db).provider !== 'postgresql') return;
  await tx.$queryRaw`SELECT 1 FROM "Kpi" WHERE "id" = ${kpiId} FOR UPDATE`;
}
