import type { Cell, ReportDocument } from './reportDocument';

const MONEY = '#,##0.00 "€"';
const PERCENT = '0.0 %';
const DATE = 'dd.mm.yyyy';

/** One sheet per table, with real number, money, percent and date cells (Excel shows them in the reader's locale). */
export async function writeXlsx(doc: ReportDocument): Promise<Buffer> {
  // Loaded on the first export, not at start (issue 16 item 11).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Verwaltung 2.030';
  workbook.created = doc.asOf;
  workbook.modified = doc.asOf;
  for (const table of doc.tables) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31));
    sheet.addRow(table.headers).font = { bold: true };
    for (const row of table.rows) {
      const added = sheet.addRow(row.map(value));
      row.forEach((cell, i) => {
        const format = numberFormat(cell);
        if (format) added.getCell(i + 1).numFmt = format;
      });
    }
    sheet.columns.forEach((column, i) => (column.width = Math.min(60, Math.max(10, table.headers[i]!.length + 2, ...table.rows.map((r) => String(value(r[i] ?? null) ?? '').length + 2)))));
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** What Excel stores: money in euros and percentages as fractions (formatted back), the rest as it is. */
function value(cell: Cell): string | number | Date | null {
  if (cell === null || typeof cell === 'string' || typeof cell === 'number' || cell instanceof Date) return cell;
  if ('cents' in cell) return Number(cell.cents) / 100;
  return cell.percent / 100;
}

function numberFormat(cell: Cell): string | undefined {
  if (cell instanceof Date) return DATE;
  if (cell !== null && typeof cell === 'object') return 'cents' in cell ? MONEY : PERCENT;
  return undefined;
}
