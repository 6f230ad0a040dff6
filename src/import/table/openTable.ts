import fs from 'node:fs';
import { issue, type ImportIssue } from '../issues';
import { openCsv, type TableRow } from './csvRows';
import { xlsxRows } from './xlsxRows';

/**
 * Larger than any published plan: Wesel's whole plan with seven years of figures is under 1 MB. A
 * bigger file is most likely the wrong one (an export of all postings) and is refused before it is read.
 */
export const MAX_TABLE_BYTES = 20 * 1024 * 1024;

export interface TableFile {
  rows: AsyncGenerator<TableRow | ImportIssue>;
}

/** Opens a table file (XLSX by its extension, CSV otherwise) for reading row by row, or says why it cannot. */
export async function openTable(path: string): Promise<TableFile | ImportIssue> {
  let size: number;
  try {
    size = fs.statSync(path).size;
  } catch {
    return issue(0, 'import:fileMissing', { path });
  }
  if (size > MAX_TABLE_BYTES) {
    return issue(0, 'import:fileTooLarge', { megabytes: Math.ceil(size / 1024 / 1024), limit: MAX_TABLE_BYTES / 1024 / 1024 });
  }
  if (size === 0) return issue(0, 'import:emptyFile');
  if (path.toLowerCase().endsWith('.xlsx')) return isZip(path) ? { rows: xlsxRows(path) } : issue(0, 'import:xlsxUnreadable');
  return openCsv(path);
}

/** An XLSX workbook is a ZIP archive: it starts with `PK`. */
function isZip(path: string): boolean {
  const head = Buffer.alloc(2);
  const fd = fs.openSync(path, 'r');
  try {
    fs.readSync(fd, head, 0, 2, 0);
  } finally {
    fs.closeSync(fd);
  }
  return head.toString('latin1') === 'PK';
}
