import path from 'node:path';
import {
  readBudgetPlan,
  readChartOfAccounts,
  readProductCatalogue,
  type BudgetPlan,
  type BudgetPlanRow,
  type ChartOfAccounts,
  type ProductCatalogue,
} from '../import/budgetPlan';

/** The published Wesel budget plan shipped with the demo (see wesel/SOURCE.md). */
export const WESEL_DIR = path.join(import.meta.dirname, 'wesel');

export interface WeselPlan {
  plan: BudgetPlan;
  chart: ChartOfAccounts;
  catalogue: ProductCatalogue;
}

export function loadWeselPlan(): WeselPlan {
  return {
    plan: readBudgetPlan(path.join(WESEL_DIR, 'hhplan2017.csv')),
    chart: readChartOfAccounts(path.join(WESEL_DIR, 'kontenrahmen.csv')),
    catalogue: readProductCatalogue(path.join(WESEL_DIR, 'liste_produkte.csv')),
  };
}

/** The one plan row of a product (Objektnr.) and account (Kostenart); a content error otherwise. */
export function findPlanRow(plan: BudgetPlan, objectNumber: string, account: string): BudgetPlanRow {
  const matches = plan.rows.filter((row) => row.objectNumber === objectNumber && row.account === account);
  if (matches.length !== 1) {
    throw new Error(`Demo content: ${matches.length} plan rows for Objektnr. ${objectNumber}, Kostenart ${account} (expected 1)`);
  }
  return matches[0]!;
}
