import { parseMoneyToCents } from '../../domain/numberInput';
import { issue, type ImportIssue } from '../issues';
import { openTable } from '../table/openTable';
import { findHeaderRow } from '../table/headerRow';
import type { TableRow } from '../table/csvRows';
import { looksLikeBudgetHeader, resolveBudgetColumns, type BudgetColumnNames, type BudgetColumns } from './budgetColumns';

/** One account of one product (or PSP element) with its planned amount; lines of the same pair are added up. */
export interface BudgetPlanEntry {
  /** The lines of the file it came from (more than one when the file splits an account). */
  lines: number[];
  product: string;
  /** PSP element or Objektnr., when the plan has them; the budget product is this, else the product. */
  object: string;
  name: string;
  account: string;
  accountName: string;
  /** Signed as published: income negative, expenses positive. */
  cents: bigint;
}

export interface BudgetPlanFile {
  /** The header as written in the file, and the amount column used. */
  header: string[];
  amountColumn: string;
  entries: BudgetPlanEntry[];
  /** Lines that cannot be imported; when there is one, nothing is. */
  refused: ImportIssue[];
  /** Account lines whose amount is zero or empty: nothing planned, nothing to import. */
  zeroLines: number;
  /** A totals line (no product, no account) and whether it equals the sum of the lines above it. */
  totals?: { line: number; publishedCents: bigint; computedCents: bigint };
}

export interface ReadBudgetPlanOptions {
  year: number;
  columns: BudgetColumnNames;
  /** Called every `PROGRESS_EVERY` lines and once at the end (`finished`) with the lines read, for a progress display. */
  onProgress?: (lines: number, finished: boolean) => void;
}

export const PROGRESS_EVERY = 1000;

/**
 * Reads a budget plan as published (CSV or XLSX, see `openTable`): finds the header, the columns and
 * the year's plan column, and turns each account line into an entry. Every line that cannot be read
 * is reported with its line number, column and reason.
 */
export async function readBudgetPlanFile(path: string, options: ReadBudgetPlanOptions): Promise<BudgetPlanFile> {
  const empty = (refused: ImportIssue[]): BudgetPlanFile => ({ header: [], amountColumn: '', entries: [], refused, zeroLines: 0 });
  const table = await openTable(path);
  if ('messageKey' in table) return empty([table]);
  const found = await findHeaderRow(table.rows, (cells) => looksLikeBudgetHeader(cells, options.columns));
  if ('messageKey' in found) return empty([found]);
  const header = found.header.cells;
  const columns = resolveBudgetColumns(header, options.year, options.columns, found.header.line);
  if (Array.isArray(columns)) return { ...empty(columns), header };
  const result: BudgetPlanFile = { header, amountColumn: header[columns.amount]!, entries: [], refused: [...found.issues], zeroLines: 0 };
  const byKey = new Map<string, BudgetPlanEntry>();
  let computedCents = 0n;
  let lastLine = found.header.line;
  for await (const row of table.rows) {
    if (options.onProgress && Math.floor(row.line / PROGRESS_EVERY) > Math.floor(lastLine / PROGRESS_EVERY)) options.onProgress(row.line, false);
    lastLine = Math.max(lastLine, row.line);
    if (!('cells' in row)) {
      result.refused.push(row);
      continue;
    }
    const read = readRow(row, header, columns);
    if ('messageKey' in read) {
      result.refused.push(read);
    } else if (read.kind === 'totals') {
      result.totals = { line: row.line, publishedCents: read.cents, computedCents };
    } else if (read.entry.cents === 0n) {
      result.zeroLines++;
    } else {
      computedCents += read.entry.cents;
      const key = `${read.entry.object}/${read.entry.account}`;
      const same = byKey.get(key);
      if (same) {
        same.cents += read.entry.cents;
        same.lines.push(row.line);
      } else {
        byKey.set(key, read.entry);
        result.entries.push(read.entry);
      }
    }
  }
  options.onProgress?.(lastLine, true);
  return result;
}

type ReadRow = { kind: 'entry'; entry: BudgetPlanEntry } | { kind: 'totals'; cents: bigint } | ImportIssue;

function readRow({ line, cells }: TableRow, header: string[], columns: BudgetColumns): ReadRow {
  if (cells.length > header.length) return issue(line, 'import:extraCells', { expected: header.length, found: cells.length });
  const cell = (index: number | undefined) => (index === undefined ? '' : (cells[index] ?? ''));
  const needed = Math.max(columns.product, columns.account, columns.amount);
  if (cells.length <= needed) return issue(line, 'import:missingCells', { expected: header.length, found: cells.length });
  const amountText = cell(columns.amount);
  let cents = 0n;
  if (amountText !== '') {
    const amount = parseMoneyToCents(amountText);
    if (!amount.ok) return issue(line, amount.error.messageKey, amount.error.params, header[columns.amount]);
    cents = amount.cents;
  }
  const product = cell(columns.product);
  const object = cell(columns.object) || product;
  const account = cell(columns.account);
  if (!product && !object && !account) return { kind: 'totals', cents };
  if (!object) return issue(line, 'import:emptyCell', {}, header[columns.object ?? columns.product]);
  if (!account) return issue(line, 'import:emptyCell', {}, header[columns.account]);
  if (!/^\d+$/.test(account)) return issue(line, 'import:invalidAccount', { value: account }, header[columns.account]);
  return { kind: 'entry', entry: { lines: [line], product, object, name: cell(columns.name), account, accountName: cell(columns.accountName), cents } };
}
