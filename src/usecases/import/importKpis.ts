import Decimal from 'decimal.js';
import type { Db, Tx } from '../../db/client';
import { issue, type ImportIssue } from '../../import/issues';
import { KPI_COLUMNS, type KpiRow } from '../../import/template/kpiRows';
import { teamPlacement } from './teamPlacement';
import { firstOfKey, headerIn, importRecords, type RecordImportInput, type RecordImportReport, type RecordStep } from './importRecords';

type Stored = { toString(): string } | null;
const sameNumber = (stored: Stored, text: string) => (stored === null ? text === '' : text !== '' && new Decimal(stored.toString()).equals(text));

/**
 * Imports KPIs by code with their yearly targets, all or nothing: each owned by the core team of its
 * action field, under its operational goal (which must belong to that field). A KPI imported before
 * with other data or other targets is reported, and changed only with `update`; targets of years
 * the file has no value for are kept. The frequency of a KPI with recorded values cannot change.
 */
export function importKpis(db: Db, input: RecordImportInput<KpiRow>): Promise<RecordImportReport> {
  const { tenantId } = input;
  const header = headerIn(input, KPI_COLUMNS);
  return importRecords(db, input, 'kpis.import', async (tx) => {
    const place = await teamPlacement(tx, tenantId, header);
    const existing = new Map((await tx.kpi.findMany({ where: { tenantId }, include: { targets: true, _count: { select: { values: true } } } })).map((k) => [k.code.toUpperCase(), k]));
    const steps: RecordStep[] = [];
    const refused: ImportIssue[] = [];
    const seen = new Set<string>();
    for (const row of input.rows) {
      if (!firstOfKey(seen, row.code, row.line, row.code, refused)) continue;
      const placement = place(row);
      const found = existing.get(row.code);
      if ('messageKey' in placement) refused.push(placement);
      else if (found && found.frequency !== row.frequency && found._count.values > 0) refused.push(issue(row.line, 'import:frequencyWithValues', { code: row.code }, header('frequency')));
      else {
        const data = {
          name: row.name,
          nameEn: row.nameEn || null,
          unit: row.unit,
          direction: row.direction,
          frequency: row.frequency,
          decimals: row.decimals,
          baselineValue: row.baseline || null,
          baselineYear: row.baselineYear,
          minValue: row.min || null,
          maxValue: row.max || null,
          teamId: placement.teamId,
          operationalGoalId: placement.goalId,
          sdgIndicator: row.sdgIndicator || null,
        };
        const targetOf = (year: number) => found?.targets.find((t) => t.year === year);
        const same =
          found &&
          (['name', 'nameEn', 'unit', 'direction', 'frequency', 'decimals', 'baselineYear', 'teamId', 'operationalGoalId', 'sdgIndicator'] as const).every((k) => found[k] === data[k]) &&
          sameNumber(found.baselineValue, row.baseline) &&
          sameNumber(found.minValue, row.min) &&
          sameNumber(found.maxValue, row.max) &&
          row.targets.every((t) => sameNumber(targetOf(t.year)?.value ?? null, t.value));
        const targets = row.targets.map((t) => ({ tenantId, year: t.year, value: t.value }));
        steps.push(
          !found
            ? { line: row.line, code: row.code, action: 'create', apply: async (t: Tx) => void (await t.kpi.create({ data: { tenantId, code: row.code, ...data, targets: { createMany: { data: targets } } } })) }
            : same
              ? { line: row.line, code: row.code, action: 'unchanged' }
              : {
                  line: row.line,
                  code: row.code,
                  action: 'change',
                  apply: async (t: Tx) => {
                    await t.kpi.update({ where: { id: found.id }, data });
                    for (const target of targets) {
                      await t.kpiTarget.upsert({ where: { kpiId_year: { kpiId: found.id, year: target.year } }, create: { ...target, kpiId: found.id }, update: { value: target.value } });
                    }
                  },
                },
        );
      }
    }
    return { steps, refused };
  });
}
