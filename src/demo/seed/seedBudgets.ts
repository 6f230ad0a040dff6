import { productKey } from '../../import/budget/productMapping';
import { importBudgetPlanIn } from '../../usecases/import/importBudgetPlan';
import { BUDGET_PLAN_COLUMN, BUDGET_PLAN_SOURCE, jointBudgets, type JointBudgetContent } from '../content/budgets';
import { findPlanEntry, productArea, type WeselPlan } from '../weselPlan';
import { budgetYear, executionFigures, type BudgetYear } from './budgetExecution';
import { daysFrom, idOf, type SeedContext } from './seedContext';

/**
 * One joint budget per action field for the seed year, its lines imported from the Wesel plan as
 * `v2030 import budget` imports a plan (under the demo's codes and names), blocks, earmarks,
 * coverability, and commitments and actuals so budget execution is visible.
 */
export async function seedBudgets(ctx: SeedContext, wesel: WeselPlan): Promise<void> {
  const year = budgetYear(ctx.now, ctx.zone);
  await ctx.tx.budgetYear.create({ data: { tenantId: ctx.tenantId, year: year.year, createdAt: year.start } });
  for (const content of jointBudgets) {
    const field = idOf(ctx.fields, content.field, 'action field');
    await ctx.tx.jointBudget.create({
      data: { tenantId: ctx.tenantId, actionFieldId: field.id, year: year.year, name: `Gemeinsames Budget ${field.name} ${year.year}`, ownerId: field.leadId },
    });
  }
  const lines = jointBudgets.flatMap((content) => content.lines.map((line) => ({ content, line, entry: findPlanEntry(wesel, line.objectNumber, line.account) })));
  const imported = await importBudgetPlanIn(ctx.tx, {
    tenantId: ctx.tenantId,
    locale: 'de',
    year: year.year,
    entries: lines.map((l) => l.entry),
    // The mapping: each chosen line's object number to its action field.
    rules: lines.map(({ content, line }, i) => ({ line: i + 1, prefix: productKey(line.objectNumber), field: content.field })),
    labels: new Map(lines.map(({ line }) => [`${line.objectNumber}/${line.account}`, { code: line.code, name: line.name }])),
    sourceTitle: BUDGET_PLAN_SOURCE,
    amountColumn: BUDGET_PLAN_COLUMN,
    dryRun: false,
    update: false,
    now: year.start,
  });
  if (!imported.applied || imported.created.length !== lines.length) {
    throw new Error(`Demo content: budget import failed: ${JSON.stringify({ refused: imported.refused, unmapped: imported.unmapped.length, created: imported.created.length })}`);
  }
  for (const { entry } of lines) {
    await ctx.tx.budgetProduct.update({ where: { tenantId_code: { tenantId: ctx.tenantId, code: entry.object } }, data: { area: productArea(wesel.areas, entry.product) } });
  }
  const found = await ctx.tx.budgetLine.findMany({ where: { tenantId: ctx.tenantId, year: year.year }, select: { id: true, code: true } });
  const lineIds = new Map(found.map((l) => [l.code, l.id]));
  for (const content of jointBudgets) {
    await bookExecution(ctx, content, lineIds, year);
    await ctx.tx.coverabilityRule.createMany({
      data: content.coverability.map((rule) => ({
        tenantId: ctx.tenantId,
        fromLineId: idOf(lineIds, rule.from, 'budget line'),
        toLineId: idOf(lineIds, rule.to, 'budget line'),
        mutual: rule.mutual,
      })),
    });
  }
}

async function bookExecution(ctx: SeedContext, content: JointBudgetContent, lineIds: Map<string, string>, year: BudgetYear): Promise<void> {
  const { tx, tenantId, now } = ctx;
  const notBefore = (date: Date) => (date < year.start ? year.start : date);
  const midYear = new Date((year.start.getTime() + now.getTime()) / 2);
  for (const line of content.lines) {
    const id = idOf(lineIds, line.code, 'budget line');
    const { plannedCents } = await tx.budgetLine.findUniqueOrThrow({ where: { id }, select: { plannedCents: true } });
    const { spentCents, committedCents } = executionFigures(plannedCents, line, year.elapsedPermille);
    const firstActual = spentCents / 2n;
    const entries = [
      { kind: 'actual', amountCents: firstActual, reference: 'Ist-Buchungen lt. Finanzbuchhaltung (Sammelbuchung)', createdAt: notBefore(midYear) },
      { kind: 'actual', amountCents: spentCents - firstActual, reference: 'Ist-Buchungen lt. Finanzbuchhaltung (Sammelbuchung)', createdAt: notBefore(daysFrom(now, -4)) },
      { kind: 'commitment', amountCents: committedCents, reference: 'Mittelbindung für erteilte Aufträge', createdAt: notBefore(daysFrom(now, -12)) },
    ].filter((e) => e.amountCents > 0n);
    await tx.budgetLine.update({
      where: { id },
      data: { spentCents, committedCents, blocked: line.blockReason !== undefined, blockReason: line.blockReason ?? null, earmark: line.earmark ?? null },
    });
    await tx.budgetLedgerEntry.createMany({ data: entries.map((e) => ({ tenantId, budgetLineId: id, ...e })) });
  }
}
