export { readBudgetPlan, type BudgetPlan, type BudgetPlanRow } from './budgetPlanReader';
export { classifyAccount, readChartOfAccounts, type AccountCategory, type AccountKind, type ChartOfAccounts } from './chartOfAccountsReader';
export type { CsvSource } from './csvLines';
export { parseGermanAmount } from './germanAmount';
export {
  importBudgetLines,
  type BudgetLineImportItem,
  type ImportBudgetLinesInput,
  type ImportBudgetLinesResult,
} from './importBudgetLines';
export { IMPORT_PROBLEM_REASONS, type ImportProblem, type ImportProblemReason } from './problems';
export { productArea, readProductCatalogue, type ProductCatalogue } from './productCatalogueReader';
