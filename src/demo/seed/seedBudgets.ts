import { importBudgetLines } from '../../import/budgetPlan';
import { BUDGET_PLAN_COLUMN, BUDGET_PLAN_SOURCE, jointBudgets, type JointBudgetContent } from '../content/budgets';
import { findPlanRow, type WeselPlan } from '../weselPlan';
import { budgetYear, executionFigures, type BudgetYear } from './budgetExecution';
import { daysFrom, idOf, type SeedContext } from './seedContext';

/**
 * One joint budget per action field for the seed year, its lines imported from the Wesel plan,
 * blocks, earmarks, coverability, and commitments and actuals so budget execution is visible.
 */
export async function seedBudgets(ctx: SeedContext, wesel: WeselPlan): Promise<void> {
  const year = budgetYear(ctx.now, ctx.zone);
  await ctx.tx.budgetYear.create({ data: { tenantId: ctx.tenantId, year: year.year, createdAt: year.start } });
  for (const content of jointBudgets) {
    const field = idOf(ctx.fields, content.field, 'action field');
    const budget = await ctx.tx.jointBudget.create({
      data: { tenantId: ctx.tenantId, actionFieldId: field.id, year: year.year, name: `Gemeinsames Budget ${field.name} ${year.year}`, ownerId: field.leadId },
      select: { id: true },
    });
    const imported = await importBudgetLines(ctx.tx, {
      tenantId: ctx.tenantId,
      jointBudgetId: budget.id,
      items: content.lines.map((l) => ({ row: findPlanRow(wesel.plan, l.objectNumber, l.account), code: l.code, name: l.name })),
      column: BUDGET_PLAN_COLUMN,
      sourceTitle: BUDGET_PLAN_SOURCE,
      chart: wesel.chart,
      catalogue: wesel.catalogue,
      now: year.start,
    });
    if (imported.problems.length > 0) throw new Error(`Demo content: budget import failed: ${JSON.stringify(imported.problems)}`);
    await bookExecution(ctx, content, imported.lineIds, year);
    await ctx.tx.coverabilityRule.createMany({
      data: content.coverability.map((rule) => ({
        tenantId: ctx.tenantId,
        fromLineId: idOf(imported.lineIds, rule.from, 'budget line'),
        toLineId: idOf(imported.lineIds, rule.to, 'budget line'),
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
