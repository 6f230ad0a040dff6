import type { Db } from '../../db/client';

/**
 * Per operational goal (by id) its measures and how many were done at the year's end: a measure's
 * status then is the one its first progress entry after the year replaced, or its current one.
 */
export async function collectGoalMeasures(db: Db, tenantId: string, goalIds: string[], yearEnd: Date): Promise<Map<string, { total: number; done: number }>> {
  const measures = await db.measure.findMany({
    where: { tenantId, operationalGoalId: { in: goalIds } },
    select: { operationalGoalId: true, status: true, updates: { where: { createdAt: { gte: yearEnd } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: 1, select: { previousStatus: true } } },
  });
  const byGoal = new Map<string, { total: number; done: number }>();
  for (const m of measures) {
    const counts = byGoal.get(m.operationalGoalId!) ?? { total: 0, done: 0 };
    counts.total += 1;
    if ((m.updates[0]?.previousStatus ?? m.status) === 'done') counts.done += 1;
    byGoal.set(m.operationalGoalId!, counts);
  }
  return byGoal;
}
