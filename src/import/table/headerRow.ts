import { issue, type ImportIssue } from '../issues';
import type { TableRow } from './csvRows';

/** A header as compared: lower case, umlauts spelled out, only letters and digits (`Objektnr.` → `objektnr`). */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .replace(/[^a-z0-9]/g, '');
}

/** Rows looked at for the header (exports often start with a title, a date or empty lines). */
const HEADER_SEARCH_ROWS = 20;

export interface HeaderFound {
  header: TableRow;
  /** Issues of lines before the header (they are not data). */
  issues: ImportIssue[];
}

/**
 * The header row: the first of the first rows in which `recognizes` finds the table's key columns.
 * Returns the issue to report when there is none (with the cells of the first row, so the
 * operator sees what the file has), or when two columns have the same name.
 */
export async function findHeaderRow(rows: AsyncIterator<TableRow | ImportIssue>, recognizes: (cells: string[]) => boolean): Promise<HeaderFound | ImportIssue> {
  let first: TableRow | undefined;
  const issues: ImportIssue[] = [];
  for (let seen = 0; seen < HEADER_SEARCH_ROWS; seen++) {
    const next = await rows.next();
    if (next.done) break;
    const row = next.value;
    if (!('cells' in row)) {
      issues.push(row);
      continue;
    }
    first ??= row;
    if (!recognizes(row.cells)) continue;
    const duplicate = row.cells.find((cell, i) => cell !== '' && row.cells.findIndex((c) => normalizeHeader(c) === normalizeHeader(cell)) !== i);
    if (duplicate !== undefined) return issue(row.line, 'import:duplicateHeader', { column: duplicate }, duplicate);
    return { header: row, issues };
  }
  if (!first) return issue(0, 'import:emptyFile');
  return issue(first.line, 'import:noHeader', { found: first.cells.filter(Boolean).join(' | ') });
}
