import { strategicGoals } from '../content/goals';
import { idOf, type SeedContext } from './seedContext';

/** Strategic goals per field and their operational goals, some tied to a budget product. */
export async function seedGoals(ctx: SeedContext): Promise<void> {
  const { tx, tenantId } = ctx;
  const products = await tx.budgetProduct.findMany({ where: { tenantId }, select: { id: true, code: true } });
  const productIds = new Map(products.map((p) => [p.code, p.id]));
  const strategic = await tx.strategicGoal.createManyAndReturn({
    data: strategicGoals.map((g) => ({
      tenantId,
      actionFieldId: idOf(ctx.fields, g.field, 'action field').id,
      code: g.code,
      title: g.title,
      sdgs: g.sdgs,
    })),
    select: { id: true, code: true },
  });
  const strategicIds = new Map(strategic.map((g) => [g.code, g.id]));
  const operational = await tx.operationalGoal.createManyAndReturn({
    data: strategicGoals.flatMap((s) =>
      s.operational.map((g) => ({
        tenantId,
        strategicGoalId: idOf(strategicIds, s.code, 'strategic goal'),
        code: g.code,
        title: g.title,
        sdgs: g.sdgs,
        productId: g.product ? idOf(productIds, g.product, 'budget product') : null,
      })),
    ),
    select: { id: true, code: true },
  });
  for (const g of operational) ctx.goals.set(g.code, g.id);
}
