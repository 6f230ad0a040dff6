import { issue, type ImportIssue } from '../issues';
import { normalizeHeader } from '../table/headerRow';

/** The columns of a budget plan the importer reads; `object` is the PSP element or Objektnr. under a product. */
export const BUDGET_COLUMN_KEYS = ['product', 'object', 'name', 'account', 'accountName', 'amount'] as const;
export type BudgetColumnKey = (typeof BUDGET_COLUMN_KEYS)[number];
export type BudgetColumns = Record<BudgetColumnKey, number | undefined> & { product: number; account: number; amount: number };

/** Column names as the operator gives them (`--product-column Profitcenter`, `--amount-column "Plan 2026"`). */
export type BudgetColumnNames = Partial<Record<BudgetColumnKey, string>>;

/** Headers of common finance systems and published plans, normalized (see `normalizeHeader`). */
const KNOWN_HEADERS: Record<Exclude<BudgetColumnKey, 'amount'>, string[]> = {
  product: ['profitcenter', 'produkt', 'produktnr', 'produktnummer', 'produktschluessel', 'produktcode', 'produktkennziffer'],
  object: ['objektnr', 'objektnummer', 'objekt', 'pspelement', 'psp', 'pspnr', 'projekt', 'projektnr', 'investitionsnr', 'innenauftrag'],
  name: ['bezeichnung', 'produktbezeichnung', 'produktname', 'produkttext', 'objektbezeichnung'],
  account: ['kostenart', 'konto', 'sachkonto', 'kontonummer', 'kontonr', 'finanzposition', 'haushaltsstelle'],
  accountName: ['kostenartbeschreibung', 'kostenartbezeichnung', 'kontobezeichnung', 'sachkontobezeichnung', 'kontotext', 'kostenarttext'],
};

/** Planned-amount headers for a year: `Plan 2026`, `Ansatz 2026`, `Haushaltsansatz 2026`, `HH-Ansatz 2026 EUR`. */
function isPlanColumnOf(year: number, header: string): boolean {
  const words = header.toLowerCase().split(/[^a-zäöüß0-9]+/);
  const h = normalizeHeader(header);
  return h.includes(String(year)) && /(plan|ansatz)/.test(h) && !words.some((w) => w === 'ist' || w === 've' || w.startsWith('verpflichtung') || w.startsWith('ergebnis'));
}

/** Whether a row looks like a budget plan's header: a product (or PSP) column and an account column. */
export function looksLikeBudgetHeader(cells: string[], names: BudgetColumnNames): boolean {
  // A known header also finds the row when the operator named a column that is not there (reported later).
  const has = (key: 'product' | 'object' | 'account') =>
    cells.some((c) => normalizeHeader(c) === normalizeHeader(names[key] ?? '\0') || KNOWN_HEADERS[key].includes(normalizeHeader(c)));
  return (has('product') || has('object')) && has('account');
}

/**
 * Which cell holds what: the operator's names first, then the known headers; the amount is the
 * year's plan column. Every column that cannot be found is reported with the columns the file has.
 */
export function resolveBudgetColumns(header: string[], year: number, names: BudgetColumnNames, line: number): BudgetColumns | ImportIssue[] {
  const found = header.filter(Boolean).join(' | ');
  const indexOf = (key: BudgetColumnKey): number | undefined => {
    const named = names[key];
    if (named !== undefined) {
      const i = header.findIndex((c) => normalizeHeader(c) === normalizeHeader(named));
      return i < 0 ? undefined : i;
    }
    const i = key === 'amount' ? header.findIndex((c) => isPlanColumnOf(year, c)) : header.findIndex((c) => KNOWN_HEADERS[key].includes(normalizeHeader(c)));
    return i < 0 ? undefined : i;
  };
  const columns = Object.fromEntries(BUDGET_COLUMN_KEYS.map((key) => [key, indexOf(key)])) as Record<BudgetColumnKey, number | undefined>;
  // A plan keyed by PSP elements or Objektnr. alone is fine: the object stands in for the product.
  columns.product ??= columns.object;
  const issues: ImportIssue[] = [];
  for (const key of BUDGET_COLUMN_KEYS) {
    const named = names[key];
    if (named !== undefined && columns[key] === undefined) issues.push(issue(line, 'import:namedColumnMissing', { column: named, found }));
  }
  if (issues.length > 0) return issues;
  if (columns.product === undefined) issues.push(issue(line, 'import:productColumnMissing', { found }));
  if (columns.account === undefined) issues.push(issue(line, 'import:accountColumnMissing', { found }));
  if (columns.amount === undefined) issues.push(issue(line, 'import:amountColumnMissing', { year, found }));
  if (issues.length > 0) return issues;
  return columns as BudgetColumns;
}
