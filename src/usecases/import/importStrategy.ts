import type { Db, Tx } from '../../db/client';
import { issue, type ImportIssue } from '../../import/issues';
import { STRATEGY_COLUMNS, STRATEGY_KINDS, type StrategyKind, type StrategyRow } from '../../import/strategy/strategyRows';
import { appendAudit } from '../../audit/appendAudit';

export interface ImportStrategyInput {
  tenantId: string;
  rows: StrategyRow[];
  /** Lines the reader refused already: reported with the rest, and nothing is written. */
  refused?: ImportIssue[];
  /** Action fields and strategic goals of refused rows (`field:MOB`): their children are not refused for a missing parent. */
  refusedCodes?: Set<string>;
  dryRun: boolean;
  /** Apply changed names, titles, SDGs and roles (otherwise they are reported and left as they are). */
  update: boolean;
  sourceTitle: string;
  now: Date;
}

export type StrategyCounts = Record<StrategyKind, { created: number; changed: number; unchanged: number }>;

export interface StrategyImportReport {
  counts: StrategyCounts;
  changed: { line: number; kind: StrategyKind; code: string }[];
  refused: ImportIssue[];
  applied: boolean;
}

type Step = { row: StrategyRow; action: 'create' | 'change' | 'unchanged'; apply?: (tx: Tx) => Promise<void> };

/**
 * Imports the strategy template into a municipality, all or nothing: action fields with their core
 * teams, strategic and operational goals with SDGs, and core-team members by e-mail (a person not
 * known yet is created). Rows are matched by code (members by e-mail and field), so importing the
 * same file again changes nothing; a differing name, title, SDG list or role is reported, and
 * applied only with `update`. Every refused line is reported, those the reader refused included.
 */
export async function importStrategy(db: Db, input: ImportStrategyInput): Promise<StrategyImportReport> {
  return db.$transaction(
    async (tx) => {
      const { tenantId } = input;
      const fields = new Map((await tx.actionField.findMany({ where: { tenantId }, include: { team: { include: { members: { include: { person: true } } } } } })).map((f) => [f.code.toUpperCase(), f]));
      const strategic = new Map((await tx.strategicGoal.findMany({ where: { tenantId }, include: { actionField: true } })).map((g) => [g.code.toUpperCase(), g]));
      const operational = new Map((await tx.operationalGoal.findMany({ where: { tenantId }, include: { strategicGoal: true } })).map((g) => [g.code.toUpperCase(), g]));
      const people = new Map((await tx.person.findMany({ where: { tenantId } })).map((p) => [p.email.toLowerCase(), p]));
      const ids = { field: new Map([...fields].map(([c, f]) => [c, f.id])), team: new Map([...fields].flatMap(([c, f]) => (f.team ? [[c, f.team.id] as const] : []))), strategic: new Map([...strategic].map(([c, g]) => [c, g.id])), person: new Map([...people].map(([e, p]) => [e, p.id])) };
      const inFile = (kind: StrategyKind) => new Set([...input.rows.filter((r) => r.kind === kind).map((r) => r.code), ...[...(input.refusedCodes ?? [])].filter((c) => c.startsWith(`${kind}:`)).map((c) => c.slice(kind.length + 1))]);
      const fileFields = inFile('field');
      const fileStrategic = inFile('strategic');
      const refused: ImportIssue[] = [...(input.refused ?? [])];
      const steps: Step[] = [];
      const seen = new Set<string>();
      const need = (row: StrategyRow, known: boolean) => known || void refused.push(issue(row.line, 'import:unknownParent', { parent: row.parent }, STRATEGY_COLUMNS[3][1]));

      for (const kind of STRATEGY_KINDS) {
        for (const row of input.rows.filter((r) => r.kind === kind)) {
          const key = `${kind}:${row.code}:${kind === 'member' ? row.parent : ''}`;
          if (seen.has(key)) {
            refused.push(issue(row.line, 'import:duplicateRow', { code: row.code }));
            continue;
          }
          seen.add(key);
          if (kind === 'field') {
            const found = fields.get(row.code);
            steps.push(!found
              ? { row, action: 'create', apply: async (t) => void ids.field.set(row.code, (await t.actionField.create({ data: { tenantId, code: row.code, name: row.name, description: row.description || null } })).id) }
              : found.name === row.name && (found.description ?? '') === row.description
                ? { row, action: 'unchanged' }
                : { row, action: 'change', apply: async (t) => void (await t.actionField.update({ where: { id: found.id }, data: { name: row.name, description: row.description || null } })) });
          } else if (kind === 'team') {
            if (!need(row, fileFields.has(row.parent) || fields.has(row.parent))) continue;
            const found = fields.get(row.parent)?.team;
            steps.push(!found
              ? { row, action: 'create', apply: async (t) => void ids.team.set(row.parent, (await t.coreTeam.create({ data: { tenantId, actionFieldId: ids.field.get(row.parent)!, name: row.name } })).id) }
              : found.name === row.name
                ? { row, action: 'unchanged' }
                : { row, action: 'change', apply: async (t) => void (await t.coreTeam.update({ where: { id: found.id }, data: { name: row.name } })) });
          } else if (kind === 'strategic') {
            if (!need(row, fileFields.has(row.parent) || fields.has(row.parent))) continue;
            const found = strategic.get(row.code);
            const data = () => ({ title: row.name, sdgs: row.sdgs, actionFieldId: ids.field.get(row.parent)! });
            steps.push(!found
              ? { row, action: 'create', apply: async (t) => void ids.strategic.set(row.code, (await t.strategicGoal.create({ data: { tenantId, code: row.code, ...data() } })).id) }
              : found.title === row.name && found.sdgs === row.sdgs && found.actionField.code.toUpperCase() === row.parent
                ? { row, action: 'unchanged' }
                : { row, action: 'change', apply: async (t) => void (await t.strategicGoal.update({ where: { id: found.id }, data: data() })) });
          } else if (kind === 'operational') {
            if (!need(row, fileStrategic.has(row.parent) || strategic.has(row.parent))) continue;
            const found = operational.get(row.code);
            const data = () => ({ title: row.name, sdgs: row.sdgs, strategicGoalId: ids.strategic.get(row.parent)! });
            steps.push(!found
              ? { row, action: 'create', apply: async (t) => void (await t.operationalGoal.create({ data: { tenantId, code: row.code, ...data() } })) }
              : found.title === row.name && found.sdgs === row.sdgs && found.strategicGoal.code.toUpperCase() === row.parent
                ? { row, action: 'unchanged' }
                : { row, action: 'change', apply: async (t) => void (await t.operationalGoal.update({ where: { id: found.id }, data: data() })) });
          } else {
            if (!need(row, fileFields.has(row.parent) || fields.has(row.parent))) continue;
            const found = fields.get(row.parent)?.team?.members.find((m) => m.person.email.toLowerCase() === row.code);
            steps.push(!found
              ? { row, action: 'create', apply: (t) => addMember(t, tenantId, row, ids, input.now) }
              : found.role === row.role
                ? { row, action: 'unchanged' }
                : { row, action: 'change', apply: async (t) => void (await t.teamMembership.update({ where: { id: found.id }, data: { role: row.role } })) });
          }
        }
      }
      const report = summarize(steps, refused);
      if (refused.length > 0 || input.dryRun) return report;
      for (const step of steps) if (step.action === 'create' || (step.action === 'change' && input.update)) await step.apply!(tx);
      const written = steps.filter((s) => s.action === 'create' || (s.action === 'change' && input.update)).length;
      if (written > 0) {
        await appendAudit(tx, { tenantId, action: 'strategy.import', entity: 'Tenant', entityId: tenantId, after: { source: input.sourceTitle, counts: report.counts, updated: input.update }, createdAt: input.now });
      }
      report.applied = true;
      return report;
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
}

async function addMember(tx: Tx, tenantId: string, row: StrategyRow, ids: { team: Map<string, string>; person: Map<string, string> }, now: Date): Promise<void> {
  let personId = ids.person.get(row.code);
  if (!personId) {
    personId = (await tx.person.create({ data: { tenantId, email: row.code, displayName: row.name, createdAt: now } })).id;
    ids.person.set(row.code, personId);
  }
  let teamId = ids.team.get(row.parent);
  if (!teamId) {
    // A member of a field whose team the file does not name: the team is created with the field's name.
    const field = await tx.actionField.findFirstOrThrow({ where: { tenantId, code: row.parent }, select: { id: true, name: true } });
    teamId = (await tx.coreTeam.create({ data: { tenantId, actionFieldId: field.id, name: field.name } })).id;
    ids.team.set(row.parent, teamId);
  }
  await tx.teamMembership.create({ data: { tenantId, teamId, personId, role: row.role, validFrom: now } });
}

function summarize(steps: Step[], refused: ImportIssue[]): StrategyImportReport {
  const counts = Object.fromEntries(STRATEGY_KINDS.map((k) => [k, { created: 0, changed: 0, unchanged: 0 }])) as StrategyCounts;
  for (const { row, action } of steps) counts[row.kind][action === 'create' ? 'created' : action === 'change' ? 'changed' : 'unchanged']++;
  const changed = steps.filter((s) => s.action === 'change').map(({ row }) => ({ line: row.line, kind: row.kind, code: row.code }));
  return { counts, changed, refused: refused.sort((a, b) => a.line - b.line), applied: false };
}
