import { issue, type ImportIssue } from '../issues';
import type { BudgetColumnKey, BudgetColumnNames } from './budgetColumns';
import { findHeaderRow, normalizeHeader } from '../table/headerRow';
import { openTable } from '../table/openTable';

/** Products whose code starts with `prefix` belong to the joint budget of action field `field`. */
export interface ProductRule {
  line: number;
  prefix: string;
  field: string;
}

export interface ProductMapping {
  rules: ProductRule[];
  /** The plan's column headers the mapping file names (`Spalte Betrag;Plan 2017`). */
  columns: BudgetColumnNames;
  issues: ImportIssue[];
}

/** `Spalte <what>` / `column <what>` in the product column names a column of the plan; the words for what. */
const COLUMN_ROW = /^(?:spalte|column)(.+)$/;
const COLUMN_WORDS: Record<string, BudgetColumnKey> = {
  produkt: 'product', product: 'product', profitcenter: 'product',
  objekt: 'object', object: 'object', pspelement: 'object',
  bezeichnung: 'name', name: 'name',
  konto: 'account', account: 'account', kostenart: 'account',
  kontobezeichnung: 'accountName', accountname: 'accountName',
  betrag: 'amount', amount: 'amount', ansatz: 'amount', plan: 'amount',
};

const PREFIX_HEADERS = ['produkt', 'produktgruppe', 'praefix', 'product', 'prefix', 'profitcenter', 'objektnr', 'pspelement'];
const FIELD_HEADERS = ['handlungsfeld', 'actionfield', 'feld'];

/** Codes compared without their punctuation: `1.100.12.01` and `11001201` are the same product. */
export function productKey(code: string): string {
  return code.toUpperCase().replace(/[\s.\-/]/g, '');
}

/**
 * Reads the mapping file (CSV like the plan: `Produkt;Handlungsfeld`, one product or product-group
 * prefix per line, e.g. `1201;MOB` or `L14010100005;KLI`). Lines `Spalte Betrag;Plan 2017` name the
 * plan's columns instead of `--amount-column` and the like.
 */
export async function readProductMapping(path: string): Promise<ProductMapping> {
  const table = await openTable(path);
  if ('messageKey' in table) return { rules: [], columns: {}, issues: [{ ...table, inMapping: true }] };
  const isHeader = (cells: string[]) => cells.some((c) => PREFIX_HEADERS.includes(normalizeHeader(c))) && cells.some((c) => FIELD_HEADERS.includes(normalizeHeader(c)));
  const found = await findHeaderRow(table.rows, isHeader);
  if ('messageKey' in found) return { rules: [], columns: {}, issues: [{ ...found, inMapping: true, messageKey: found.messageKey === 'import:noHeader' ? 'import:mappingHeader' : found.messageKey }] };
  const prefixAt = found.header.cells.findIndex((c) => PREFIX_HEADERS.includes(normalizeHeader(c)));
  const fieldAt = found.header.cells.findIndex((c) => FIELD_HEADERS.includes(normalizeHeader(c)));
  const rules: ProductRule[] = [];
  const columns: BudgetColumnNames = {};
  const issues = [...found.issues];
  const seen = new Map<string, number>();
  for await (const row of table.rows) {
    if (!('cells' in row)) {
      issues.push(row);
      continue;
    }
    const columnWord = COLUMN_ROW.exec(normalizeHeader(row.cells[prefixAt] ?? ''))?.[1];
    if (columnWord !== undefined) {
      const key = COLUMN_WORDS[columnWord];
      if (!key) issues.push(issue(row.line, 'import:mappingColumnWord', { value: row.cells[prefixAt]! }, found.header.cells[prefixAt]));
      else if (!row.cells[fieldAt]) issues.push(issue(row.line, 'import:emptyCell', {}, found.header.cells[fieldAt]));
      else columns[key] = row.cells[fieldAt];
      continue;
    }
    const prefix = productKey(row.cells[prefixAt] ?? '');
    const field = (row.cells[fieldAt] ?? '').toUpperCase();
    if (!prefix) issues.push(issue(row.line, 'import:emptyCell', {}, found.header.cells[prefixAt]));
    else if (!field) issues.push(issue(row.line, 'import:emptyCell', {}, found.header.cells[fieldAt]));
    else if (seen.has(prefix)) issues.push(issue(row.line, 'import:mappingDuplicate', { prefix, other: seen.get(prefix)! }, found.header.cells[prefixAt]));
    else {
      seen.set(prefix, row.line);
      rules.push({ line: row.line, prefix, field });
    }
  }
  return { rules, columns, issues: issues.map((i) => ({ ...i, inMapping: true })) };
}

/** The rule with the longest prefix matching the product or its object (PSP element, Objektnr.). */
export function ruleFor(rules: ProductRule[], codes: string[]): ProductRule | undefined {
  const keys = codes.map(productKey);
  let best: ProductRule | undefined;
  for (const rule of rules) {
    if (!keys.some((k) => k.startsWith(rule.prefix))) continue;
    if (!best || rule.prefix.length > best.prefix.length) best = rule;
  }
  return best;
}
