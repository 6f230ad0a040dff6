import { issue, type ImportIssue } from '../issues';
import { findHeaderRow, normalizeHeader } from './headerRow';
import { openTable } from './openTable';

/** A column of an import template: its key, German header (written in templates) and English header (also read). */
export type TemplateColumn<K extends string = string> = readonly [key: K, de: string, en: string];

/** One data row of a template file, with its cells by column key. */
export interface TemplateRecord<K extends string> {
  line: number;
  cell(key: K): string;
  /** An issue of this line in the column `key`, under the header as the file writes it. */
  refuse(key: K, messageKey: string, params?: Record<string, string | number>): ImportIssue;
  /** Cells of columns the template does not name, by their header (e.g. `Ziel 2030`). */
  extra: { header: string; value: string }[];
}

export interface TemplateFile<R> {
  rows: R[];
  refused: ImportIssue[];
  /** A column's header as the file writes it (German or English), for issues found later. */
  header?: (key: string) => string;
}

/**
 * Reads an import template (CSV or XLSX): finds the header row by at least `minKnown` of the
 * template's columns (German or English), then turns each row into `R` or the issue it is refused with.
 */
export async function readTemplateTable<K extends string, R>(
  path: string,
  columns: readonly TemplateColumn<K>[],
  minKnown: number,
  toRow: (record: TemplateRecord<K>) => R | ImportIssue,
): Promise<TemplateFile<R>> {
  const table = await openTable(path);
  if ('messageKey' in table) return { rows: [], refused: [table] };
  const known = (cell: string) => columns.findIndex(([, de, en]) => normalizeHeader(cell) === normalizeHeader(de) || normalizeHeader(cell) === normalizeHeader(en));
  const found = await findHeaderRow(table.rows, (cells) => cells.filter((c) => known(c) >= 0).length >= minKnown);
  if ('messageKey' in found) {
    const expected = columns.map(([, de]) => de).join(' | ');
    return { rows: [], refused: [found.messageKey === 'import:noHeader' ? issue(found.line, 'import:templateHeader', { expected, found: found.params?.found ?? '' }) : found] };
  }
  const at = new Map<K, number>();
  const extraAt: number[] = [];
  found.header.cells.forEach((cell, i) => {
    const k = known(cell);
    if (k >= 0) at.set(columns[k]![0], i);
    else if (cell !== '') extraAt.push(i);
  });
  const headerOf = (key: K) => found.header.cells[at.get(key) ?? -1] ?? columns.find(([k]) => k === key)![1];
  const result: TemplateFile<R> = { rows: [], refused: [...found.issues], header: (key) => headerOf(key as K) };
  for await (const row of table.rows) {
    if (!('cells' in row)) {
      result.refused.push(row);
      continue;
    }
    const record: TemplateRecord<K> = {
      line: row.line,
      cell: (key) => (at.has(key) ? (row.cells[at.get(key)!] ?? '') : ''),
      refuse: (key, messageKey, params) => issue(row.line, messageKey, params, headerOf(key)),
      extra: extraAt.map((i) => ({ header: found.header.cells[i]!, value: row.cells[i] ?? '' })),
    };
    const read = toRow(record);
    if (typeof read === 'object' && read !== null && 'messageKey' in read) result.refused.push(read);
    else result.rows.push(read);
  }
  return result;
}
