import { readLatin1Csv, type CsvSource } from './csvLines';
import { parseGermanAmount } from './germanAmount';
import type { ImportProblem } from './problems';

/** One account line of a published budget plan (e.g. Wesel's hhplan2017.csv). */
export interface BudgetPlanRow {
  line: number;
  /** Profitcenter, e.g. `120102`: product area, group and product as digits. */
  profitCenter: string;
  /** Objektnr., the product or project, e.g. `1.100.12.01.02` or `L09010200002`. */
  objectNumber: string;
  /** Bezeichnung of the product or project. */
  productName: string;
  /** Kostenart: the NKF account, e.g. `52910000`. */
  account: string;
  accountDescription: string;
  /** Exact cents per amount column (`Ist 2015`, `Plan 2017`, …), signs as published. */
  amounts: Record<string, bigint>;
}

export interface BudgetPlan {
  /** The amount columns in file order. */
  columns: string[];
  rows: BudgetPlanRow[];
  problems: ImportProblem[];
}

const KEY_COLUMNS = ['Profitcenter', 'Objektnr.', 'Bezeichnung', 'Kostenart', 'Kostenart Beschreibung'];

/** Reads a budget plan CSV as published: Latin-1, `;`, German amounts, one header row. */
export function readBudgetPlan(source: CsvSource): BudgetPlan {
  const { records, problems } = readLatin1Csv(source);
  const [header, ...data] = records;
  if (!header || KEY_COLUMNS.some((name, i) => header.fields[i] !== name) || header.fields.length <= KEY_COLUMNS.length) {
    const detail = `${KEY_COLUMNS.join(';')};<Betragsspalten> erwartet`;
    return { columns: [], rows: [], problems: [...problems, { line: header?.line ?? 1, reason: 'header', detail }] };
  }
  const columns = header.fields.slice(KEY_COLUMNS.length);
  const rows: BudgetPlanRow[] = [];
  for (const { line, fields } of data) {
    const problem = checkFields(fields, header.fields.length);
    if (problem) {
      problems.push({ line, ...problem });
      continue;
    }
    const amounts: Record<string, bigint> = {};
    const unparsed: string[] = [];
    columns.forEach((column, i) => {
      const raw = fields[KEY_COLUMNS.length + i]!;
      const cents = parseGermanAmount(raw);
      if (cents === undefined) unparsed.push(`${column}: "${raw}"`);
      else amounts[column] = cents;
    });
    if (unparsed.length > 0) {
      problems.push({ line, reason: 'amount', detail: unparsed.join(', ') });
      continue;
    }
    const [profitCenter, objectNumber, productName, account, accountDescription] = fields as [string, string, string, string, string];
    rows.push({ line, profitCenter, objectNumber, productName, account, accountDescription, amounts });
  }
  problems.sort((a, b) => a.line - b.line);
  return { columns, rows, problems };
}

function checkFields(fields: string[], expected: number): Omit<ImportProblem, 'line'> | undefined {
  if (fields.length !== expected) {
    return { reason: 'column_count', detail: `${expected} Spalten erwartet, ${fields.length} gefunden` };
  }
  const [profitCenter, objectNumber, , account] = fields;
  if (!profitCenter && !objectNumber && !account) return { reason: 'empty_product', detail: 'Objektnr. und Kostenart fehlen (Summenzeile?)' };
  if (!objectNumber) return { reason: 'empty_product', detail: 'Objektnr. fehlt' };
  if (!account) return { reason: 'empty_account', detail: 'Kostenart fehlt' };
  if (!/^\d+$/.test(account)) return { reason: 'invalid_account', detail: `Kostenart "${account}" ist keine Kontonummer` };
  return undefined;
}
