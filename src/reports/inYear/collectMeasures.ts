import type { Db } from '../../db/client';
import type { MeasureStatus } from '../../domain/measureStatus';
import type { MeasureItem } from './inYearReport';

/** The measures of the given teams, each against its plan at the period's end (time share from start to due date). */
export async function collectMeasures(db: Db, tenantId: string, teamIds: string[], periodEnd: Date): Promise<Map<string, MeasureItem[]>> {
  const rows = await db.measure.findMany({ where: { tenantId, teamId: { in: teamIds } }, select: { code: true, title: true, status: true, progress: true, startDate: true, dueDate: true, teamId: true } });
  rows.sort((a, b) => a.code.localeCompare(b.code, 'de', { numeric: true }));
  const byTeam = new Map<string, MeasureItem[]>();
  for (const m of rows) {
    const done = m.status === 'done';
    const planned = plannedProgress(m.startDate, m.dueDate, periodEnd);
    const item: MeasureItem = {
      code: m.code,
      title: m.title,
      status: m.status as MeasureStatus,
      progress: m.progress,
      dueDate: m.dueDate?.toISOString() ?? null,
      plannedProgress: planned,
      behindPlan: !done && planned !== null && m.progress < planned,
      overdue: !done && m.dueDate !== null && m.dueDate < periodEnd,
    };
    byTeam.set(m.teamId, [...(byTeam.get(m.teamId) ?? []), item]);
  }
  return byTeam;
}

/** Whole percent of the time from start to due date that has passed at `at`, 0–100. */
export function plannedProgress(start: Date | null, due: Date | null, at: Date): number | null {
  if (!start || !due || due <= start) return null;
  const share = (at.getTime() - start.getTime()) / (due.getTime() - start.getTime());
  return Math.round(Math.min(1, Math.max(0, share)) * 100);
}
