import type { Db, Tx } from '../../db/client';
import { dayText, startOfDay } from '../../import/table/cellFormats';
import { issue, type ImportIssue } from '../../import/issues';
import { MEASURE_COLUMNS, type MeasureRow } from '../../import/template/measureRows';
import { teamPlacement } from './teamPlacement';
import { firstOfKey, headerIn, importRecords, type RecordImportInput, type RecordImportReport, type RecordStep } from './importRecords';


/**
 * Imports measures by code, all or nothing: each in the core team of its action field, under its
 * operational goal (which must belong to that field) with its responsible person (known by
 * e-mail, or created with the name the file gives). A measure imported before with other data is reported, and changed only with `update`;
 * its progress and status stay as the team reported them.
 */
export function importMeasures(db: Db, input: RecordImportInput<MeasureRow>): Promise<RecordImportReport> {
  const { tenantId, zone } = input;
  const people = new Map<string, string>();
  const header = headerIn(input, MEASURE_COLUMNS);
  return importRecords(db, input, 'measures.import', async (tx) => {
    const place = await teamPlacement(tx, tenantId, header);
    for (const p of await tx.person.findMany({ where: { tenantId }, select: { id: true, email: true } })) people.set(p.email.toLowerCase(), p.id);
    const existing = new Map((await tx.measure.findMany({ where: { tenantId } })).map((m) => [m.code.toUpperCase(), m]));
    const steps: RecordStep[] = [];
    const refused: ImportIssue[] = [];
    const seen = new Set<string>();
    for (const row of input.rows) {
      if (!firstOfKey(seen, row.code, row.line, row.code, refused)) continue;
      const placement = place(row);
      const responsibleId = row.responsible ? people.get(row.responsible) : undefined;
      if ('messageKey' in placement) refused.push(placement);
      else if (row.responsible && !responsibleId && !row.responsibleName) refused.push(issue(row.line, 'import:unknownPerson', { email: row.responsible }, header('responsible')));
      else {
        const data = (personId: string | null) => ({
          title: row.title,
          description: row.description || null,
          teamId: placement.teamId,
          operationalGoalId: placement.goalId,
          responsibleId: personId,
          startDate: row.start ? startOfDay(row.start, zone) : null,
          dueDate: row.due ? startOfDay(row.due, zone) : null,
        });
        const responsible = async (t: Tx) => (row.responsible ? (people.get(row.responsible) ?? (await addPerson(t, row))) : null);
        const found = existing.get(row.code);
        const same =
          found &&
          found.title === row.title &&
          (found.description ?? '') === row.description &&
          found.teamId === placement.teamId &&
          found.operationalGoalId === placement.goalId &&
          found.responsibleId === (responsibleId ?? null) &&
          dayText(found.startDate, zone) === row.start &&
          dayText(found.dueDate, zone) === row.due;
        steps.push(
          !found
            ? { line: row.line, code: row.code, action: 'create', apply: async (t: Tx) => void (await t.measure.create({ data: { tenantId, code: row.code, ...data(await responsible(t)), createdAt: input.now } })) }
            : same
              ? { line: row.line, code: row.code, action: 'unchanged' }
              : { line: row.line, code: row.code, action: 'change', apply: async (t: Tx) => void (await t.measure.update({ where: { id: found.id }, data: { ...data(await responsible(t)), version: { increment: 1 } } })) },
        );
      }
    }
    return { steps, refused };
  });

  /** A responsible person the municipality does not know yet, named in the file: created once. */
  async function addPerson(t: Tx, row: MeasureRow): Promise<string> {
    const { id } = await t.person.create({ data: { tenantId, email: row.responsible, displayName: row.responsibleName, createdAt: input.now }, select: { id: true } });
    people.set(row.responsible, id);
    return id;
  }
}
