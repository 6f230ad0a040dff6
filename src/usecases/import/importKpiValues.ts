import Decimal from 'decimal.js';
import type { Db, Tx } from '../../db/client';
import { DomainError } from '../../domain/errors';
import { checkBounds } from '../../domain/kpiPlausibility';
import { periodForValue } from '../../domain/kpiPeriodRules';
import { periodEnd, periodKey, type Frequency } from '../../domain/period';
import { issue, type ImportIssue } from '../../import/issues';
import { KPI_VALUE_COLUMNS, type KpiValueRow } from '../../import/template/kpiValueRows';
import { firstOfKey, headerIn, importRecords, type RecordImportInput, type RecordImportReport, type RecordStep } from './importRecords';


/** The issue of a rule of the KPI (period, bounds) the row breaks, or undefined. */
function ruleBroken(line: number, column: string, check: () => void): ImportIssue | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return issue(line, error.messageKey, error.params, column);
  }
}

/**
 * Imports KPI values by KPI and period, all or nothing, under the same rules as recording one in the
 * chat (the KPI's period kind, no future period, within its bounds). Each value is recorded by the
 * person named, else by the lead of the KPI's core team. A period with another value or note is
 * reported, and corrected (a new revision) only with `update`.
 */
export function importKpiValues(db: Db, input: RecordImportInput<KpiValueRow>): Promise<RecordImportReport> {
  const { tenantId, zone, now } = input;
  const header = headerIn(input, KPI_VALUE_COLUMNS);
  return importRecords(db, input, 'kpi_values.import', async (tx) => {
    const kpis = new Map((await tx.kpi.findMany({ where: { tenantId }, select: { id: true, code: true, unit: true, frequency: true, minValue: true, maxValue: true, team: { select: { members: { where: { role: 'lead' }, select: { personId: true } } } } } })).map((k) => [k.code.toUpperCase(), k]));
    const people = new Map((await tx.person.findMany({ where: { tenantId }, select: { id: true, email: true } })).map((p) => [p.email.toLowerCase(), p.id]));
    const existing = new Map((await tx.kpiValue.findMany({ where: { tenantId }, select: { id: true, kpiId: true, period: true, value: true, note: true, revision: true } })).map((v) => [`${v.kpiId}/${v.period}`, v]));
    const steps: RecordStep[] = [];
    const refused: ImportIssue[] = [];
    const seen = new Set<string>();
    for (const row of input.rows) {
      const key = periodKey(row.period);
      const code = `${row.kpi} ${key}`;
      if (!firstOfKey(seen, code, row.line, code, refused)) continue;
      const kpi = kpis.get(row.kpi);
      if (!kpi) {
        refused.push(issue(row.line, 'import:unknownKpi', { code: row.kpi }, header('kpi')));
        continue;
      }
      const recordedById = row.recorder ? people.get(row.recorder) : kpi.team.members[0]?.personId;
      const broken =
        ruleBroken(row.line, header('period'), () => periodForValue({ code: kpi.code, frequency: kpi.frequency as Frequency }, row.period, now, zone)) ??
        ruleBroken(row.line, header('value'), () => checkBounds(kpi, row.value, (v) => v)) ??
        (!recordedById ? issue(row.line, row.recorder ? 'import:unknownPerson' : 'import:noRecorder', { email: row.recorder, code: kpi.code }, header('recorder')) : undefined);
      if (broken) {
        refused.push(broken);
        continue;
      }
      const data = { value: row.value, note: row.note || null, recordedById: recordedById!, recordedAt: now };
      const found = existing.get(`${kpi.id}/${key}`);
      steps.push(
        !found
          ? {
              line: row.line,
              code,
              action: 'create',
              apply: async (t: Tx) => {
                const created = await t.kpiValue.create({ data: { ...data, tenantId, kpiId: kpi.id, period: key, periodEnd: periodEnd(row.period, zone) } });
                await t.kpiValueRevision.create({ data: { ...data, tenantId, kpiValueId: created.id, revision: 1 } });
              },
            }
          : new Decimal(found.value.toString()).equals(row.value) && (found.note ?? '') === row.note
            ? { line: row.line, code, action: 'unchanged' }
            : {
                line: row.line,
                code,
                action: 'change',
                apply: async (t: Tx) => {
                  await t.kpiValue.update({ where: { id: found.id }, data: { ...data, revision: found.revision + 1 } });
                  await t.kpiValueRevision.create({ data: { ...data, tenantId, kpiValueId: found.id, revision: found.revision + 1 } });
                },
              },
      );
    }
    return { steps, refused };
  });
}
