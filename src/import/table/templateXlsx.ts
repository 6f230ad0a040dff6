import ExcelJS from 'exceljs';
import type { TemplateSheet } from './csvText';

/**
 * A template as XLSX: one worksheet, German headers in bold and frozen, every cell text (so codes
 * such as `0101`, periods such as `2025-Q3` and German numbers stay as written and read back the same).
 */
export async function templateXlsx(sheet: TemplateSheet, name: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Verwaltung 2.030';
  const worksheet = workbook.addWorksheet(name.slice(0, 31));
  worksheet.addRow([...sheet.header]).font = { bold: true };
  for (const row of sheet.rows) worksheet.addRow([...row]);
  worksheet.columns.forEach((column, i) => {
    column.numFmt = '@';
    column.width = Math.min(60, Math.max(10, ...[sheet.header, ...sheet.rows].map((r) => (r[i] ?? '').length + 2)));
  });
  worksheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
