import { DateTime } from 'luxon';
import type { Cell, ReportDocument } from './reportDocument';

/**
 * CSV as German spreadsheet users open it: UTF-8 with a byte-order mark, `;` between fields, decimal
 * commas, dates as 30.09.2026. The tables follow one another, each under its name, a blank line between.
 */
export function writeCsv(doc: ReportDocument, zone: string): Buffer {
  const lines: string[] = [quote(doc.title), quote(doc.subtitle)];
  for (const table of doc.tables) {
    lines.push('', quote(table.name), table.headers.map(quote).join(';'));
    for (const row of table.rows) lines.push(row.map((c) => quote(text(c, zone))).join(';'));
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

const german = (n: number, digits: number) => new Intl.NumberFormat('de-DE', { useGrouping: false, minimumFractionDigits: digits, maximumFractionDigits: Math.max(digits, 6) }).format(n);

function text(cell: Cell, zone: string): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return german(cell, 0);
  if (cell instanceof Date) return DateTime.fromJSDate(cell, { zone }).toFormat('dd.MM.yyyy');
  if ('cents' in cell) {
    const negative = cell.cents < 0n;
    const abs = negative ? -cell.cents : cell.cents;
    return `${negative ? '-' : ''}${abs / 100n},${String(abs % 100n).padStart(2, '0')}`;
  }
  return german(cell.percent, 0);
}

function quote(field: string): string {
  return /[;"\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
