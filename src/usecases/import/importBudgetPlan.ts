import crypto from 'node:crypto';
import type { Db, Prisma, Tx } from '../../db/client';
import { translator, type Locale } from '../../i18n';
import type { ProductRule } from '../../import/budget/productMapping';
import type { BudgetPlanEntry } from '../../import/budget/readBudgetPlanFile';
import { issue, type ImportIssue } from '../../import/issues';
import { budgetYearEnd, lockCovering } from '../periods/periodLocks';
import { diffBudgetPlan, type BudgetPlanDiff, type LineLabel, type PlannedLine } from './budgetPlanDiff';
import { appendAudit } from '../../audit/appendAudit';

export interface ImportBudgetPlanInput {
  tenantId: string;
  locale: Locale;
  year: number;
  entries: BudgetPlanEntry[];
  rules: ProductRule[];
  /** Names the plan in each line's `source`, e.g. the file name, and the column the figures came from. */
  sourceTitle: string;
  amountColumn: string;
  /** Show what would change, write nothing. */
  dryRun: boolean;
  /** Apply changed plan figures (otherwise they are reported and left as they are). */
  update: boolean;
  now: Date;
  /**
   * Codes and names the caller chose for some lines (the demo's `HF-MOB-01`), by `<object>/<account>`;
   * other lines are coded `<object>/<account>` and named after the plan.
   */
  labels?: Map<string, LineLabel>;
}

export interface BudgetImportFieldSummary {
  field: string;
  newBudget: boolean;
  created: number;
  createdCents: bigint;
  unchanged: number;
  changed: number;
}

export interface BudgetImportReport extends BudgetPlanDiff {
  fields: BudgetImportFieldSummary[];
  /** True when the changes were written (not a dry run, nothing refused). */
  applied: boolean;
}

/**
 * Imports a budget plan's lines into the joint budgets of the action fields its products are mapped
 * to, all or nothing in one transaction: new lines are created with a `plan` ledger entry, lines
 * imported before are left alone, a changed figure is reported and only applied with `update`
 * (a ledger entry for the difference and an audit record). Refused when the mapping names an
 * unknown action field, a changed figure would leave less than what is committed and spent, or the
 * year takes no more postings (the period with its end is locked).
 */
export function importBudgetPlan(db: Db, input: ImportBudgetPlanInput): Promise<BudgetImportReport> {
  return db.$transaction((tx) => importBudgetPlanIn(tx, input), { maxWait: 30_000, timeout: 300_000 });
}

/** `importBudgetPlan` inside a transaction the caller holds (the demo seed imports its lines so). */
export async function importBudgetPlanIn(tx: Tx, input: ImportBudgetPlanInput): Promise<BudgetImportReport> {
  const fields = await tx.actionField.findMany({
    where: { tenantId: input.tenantId },
    select: { id: true, code: true, name: true, jointBudgets: { where: { year: input.year }, select: { id: true } } },
  });
  const fieldByCode = new Map(fields.map((f) => [f.code.toUpperCase(), f]));
  const refused: ImportIssue[] = [];
  for (const rule of input.rules) {
    if (!fieldByCode.has(rule.field)) refused.push({ ...issue(rule.line, 'import:unknownField', { field: rule.field, known: fields.map((f) => f.code).join(', ') || '—' }), inMapping: true });
  }
  const budgetOfField = new Map(fields.flatMap((f) => (f.jointBudgets[0] ? [[f.code.toUpperCase(), f.jointBudgets[0].id] as const] : [])));
  const diff = await diffBudgetPlan(tx, { tenantId: input.tenantId, year: input.year, entries: input.entries, rules: input.rules, budgetOfField, labels: input.labels });
  diff.refused.unshift(...refused);
  if (input.update) diff.refused.push(...overdrawn(diff));
  if (diff.created.length > 0 || (input.update && diff.changed.length > 0)) diff.refused.push(...(await yearLocked(tx, input)));
  const report: BudgetImportReport = { ...diff, fields: summarize(diff, budgetOfField), applied: false };
  if (diff.refused.length > 0 || input.dryRun) return report;
  if (report.fields.some((f) => f.newBudget)) {
    await tx.budgetYear.upsert({ where: { tenantId_year: { tenantId: input.tenantId, year: input.year } }, create: { tenantId: input.tenantId, year: input.year, createdAt: input.now }, update: {} });
  }
  for (const summary of report.fields.filter((f) => f.newBudget)) {
    const field = fieldByCode.get(summary.field)!;
    const budget = await tx.jointBudget.create({
      data: { tenantId: input.tenantId, actionFieldId: field.id, year: input.year, name: translator(input.locale)('import:jointBudgetName', { field: field.name, year: input.year }), ownerId: await teamLead(tx, field.id) },
      select: { id: true },
    });
    budgetOfField.set(summary.field, budget.id);
  }
  await createLines(tx, input, diff.created, budgetOfField);
  if (input.update) await applyChanges(tx, input, diff);
  for (const summary of report.fields) {
    if (summary.created === 0 && (!input.update || summary.changed === 0)) continue;
    const budgetId = budgetOfField.get(summary.field)!;
    await appendAudit(tx, { tenantId: input.tenantId, action: 'budget.import', entity: 'JointBudget', entityId: budgetId, after: { source: input.sourceTitle, column: input.amountColumn, created: summary.created, changed: input.update ? summary.changed : 0 }, createdAt: input.now });
  }
  report.applied = true;
  return report;
}

function summarize(diff: BudgetPlanDiff, budgetOfField: Map<string, string>): BudgetImportFieldSummary[] {
  const byField = new Map<string, BudgetImportFieldSummary>();
  const of = (field: string) => {
    let s = byField.get(field);
    if (!s) byField.set(field, (s = { field, newBudget: !budgetOfField.has(field), created: 0, createdCents: 0n, unchanged: 0, changed: 0 }));
    return s;
  };
  for (const line of diff.created) {
    of(line.field).created++;
    of(line.field).createdCents += line.plannedCents;
  }
  for (const line of diff.unchanged) of(line.field).unchanged++;
  for (const { line } of diff.changed) of(line.field).changed++;
  return [...byField.values()].sort((a, b) => a.field.localeCompare(b.field));
}

/** A lower plan figure must still cover what was reallocated away, committed and spent. */
function overdrawn(diff: BudgetPlanDiff): ImportIssue[] {
  return diff.changed.flatMap(({ line, existing }) => {
    const used = existing.committedCents + existing.spentCents + existing.reallocatedOutCents - existing.reallocatedInCents;
    return line.plannedCents < used ? [issue(line.entry.lines[0]!, 'import:planBelowUsed', { code: existing.code, plannedCents: String(line.plannedCents), usedCents: String(used) })] : [];
  });
}

/** New lines and changed figures are postings to the year: refused once the period with the year's end is locked. */
async function yearLocked(tx: Tx, input: ImportBudgetPlanInput): Promise<ImportIssue[]> {
  const { timeZone } = await tx.tenant.findUniqueOrThrow({ where: { id: input.tenantId }, select: { timeZone: true } });
  const lock = await lockCovering(tx, input.tenantId, budgetYearEnd(input.year, timeZone), input.locale, timeZone);
  return lock ? [issue(0, 'periods:budgetYearLocked', { ...lock, year: input.year })] : [];
}

async function teamLead(tx: Tx, actionFieldId: string): Promise<string | null> {
  const lead = await tx.teamMembership.findFirst({ where: { role: 'lead', team: { actionFieldId } }, select: { personId: true } });
  return lead?.personId ?? null;
}

function sourceOf(input: ImportBudgetPlanInput, line: PlannedLine): string {
  return `${input.sourceTitle}, ${input.amountColumn}, ${line.entry.lines.map(String).join('+')}`;
}

async function createLines(tx: Tx, input: ImportBudgetPlanInput, lines: PlannedLine[], budgetOfField: Map<string, string>): Promise<void> {
  const { tenantId } = input;
  const codes = [...new Set(lines.map((l) => l.entry.object))];
  const products = new Map<string, string>();
  for (let i = 0; i < codes.length; i += 500) {
    const found = await tx.budgetProduct.findMany({ where: { tenantId, code: { in: codes.slice(i, i + 500) } }, select: { id: true, code: true } });
    for (const p of found) products.set(p.code, p.id);
  }
  const newProducts: Prisma.BudgetProductCreateManyInput[] = [];
  for (const line of lines) {
    if (products.has(line.entry.object)) continue;
    const id = crypto.randomUUID();
    products.set(line.entry.object, id);
    newProducts.push({ id, tenantId, code: line.entry.object, name: line.entry.name || line.entry.object });
  }
  await tx.budgetProduct.createMany({ data: newProducts });
  const rows = lines.map((line) => ({ id: crypto.randomUUID(), line, source: sourceOf(input, line) }));
  await tx.budgetLine.createMany({
    data: rows.map(({ id, line, source }) => ({
      id,
      tenantId,
      year: input.year,
      jointBudgetId: budgetOfField.get(line.field)!,
      productId: products.get(line.entry.object)!,
      code: line.code,
      account: line.entry.account,
      name: line.name ?? ([line.entry.name, line.entry.accountName].filter(Boolean).join(': ') || line.code),
      kind: line.kind,
      plannedCents: line.plannedCents,
      source,
    })),
  });
  await tx.budgetLedgerEntry.createMany({
    data: rows.map(({ id, line, source }) => ({ tenantId, budgetLineId: id, kind: 'plan', amountCents: line.plannedCents, reference: source, createdAt: input.now })),
  });
}

async function applyChanges(tx: Tx, input: ImportBudgetPlanInput, diff: BudgetPlanDiff): Promise<void> {
  for (const { line, existing } of diff.changed) {
    const source = sourceOf(input, line);
    await tx.budgetLine.update({ where: { id: existing.id }, data: { plannedCents: line.plannedCents, source, version: { increment: 1 } } });
    await tx.budgetLedgerEntry.create({
      data: { tenantId: input.tenantId, budgetLineId: existing.id, kind: 'plan', amountCents: line.plannedCents - existing.plannedCents, reference: source, createdAt: input.now },
    });
    await appendAudit(tx, {
        tenantId: input.tenantId,
        action: 'budget.plan_change',
        entity: 'BudgetLine',
        entityId: existing.id,
        before: { plannedCents: String(existing.plannedCents) },
        after: { plannedCents: String(line.plannedCents), source },
        createdAt: input.now,
      });
  }
}
