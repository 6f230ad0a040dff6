import type ExcelJS from 'exceljs';
import { issue, type ImportIssue } from '../issues';
import type { TableRow } from './csvRows';

/**
 * A cell as the text the readers expect. Numbers keep their exact decimal notation (`String` gives
 * the shortest form that reads back as the same number); three decimals get a trailing zero so
 * `1.234` (one point two three four) is not taken for a German thousands point.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    const text = String(value);
    return /\.\d{3}$/.test(text) ? `${text}0` : text;
  }
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value).trim();
}

/** The first worksheet's rows, streamed (the workbook is never held whole), numbered as in Excel. */
export async function* xlsxRows(path: string): AsyncGenerator<TableRow | ImportIssue> {
  // Loaded on the first import of an XLSX file, not at start (issue 16 item 11).
  const { default: excel } = await import('exceljs');
  const reader = new excel.stream.xlsx.WorkbookReader(path, { worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', entries: 'ignore' });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = Array.isArray(row.values) ? row.values.slice(1) : [];
        const cells = Array.from({ length: values.length }, (_, i) => cellText(values[i] as ExcelJS.CellValue));
        if (cells.some((c) => c !== '')) yield { line: row.number, cells };
      }
      return;
    }
  } catch {
    yield issue(0, 'import:xlsxUnreadable');
  }
}
