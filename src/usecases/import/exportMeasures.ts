import type { Db } from '../../db/client';
import { dayText } from '../../import/table/cellFormats';
import type { MeasureRow } from '../../import/template/measureRows';

/** A municipality's measures as template rows, by code. */
export async function exportMeasures(db: Db, tenantId: string, zone: string): Promise<MeasureRow[]> {
  const measures = await db.measure.findMany({
    where: { tenantId },
    select: { code: true, title: true, description: true, startDate: true, dueDate: true, team: { select: { actionField: { select: { code: true } } } }, operationalGoal: { select: { code: true } }, responsible: { select: { email: true, displayName: true } } },
  });
  return measures
    .map((m) => ({
      line: 0,
      code: m.code,
      title: m.title,
      field: m.team.actionField.code,
      goal: m.operationalGoal?.code ?? '',
      responsible: m.responsible?.email ?? '',
      responsibleName: m.responsible?.displayName ?? '',
      start: dayText(m.startDate, zone),
      due: dayText(m.dueDate, zone),
      description: m.description ?? '',
    }))
    .sort((a, b) => a.code.localeCompare(b.code, 'de', { numeric: true }));
}
