import type { ViewContext } from '../../views/viewContext';
import type { ExportFormat, ReportDocument } from './reportDocument';
import { writeCsv } from './writeCsv';
import { writeMarkdown } from './writeMarkdown';
import { writePdf } from './writePdf';
import { writeXlsx } from './writeXlsx';

/** A report document in one of the export formats. */
export async function writeReport(doc: ReportDocument, format: ExportFormat, v: ViewContext): Promise<Buffer> {
  switch (format) {
    case 'xlsx':
      return writeXlsx(doc);
    case 'csv':
      return writeCsv(doc, v.zone);
    case 'pdf':
      return writePdf(doc, v.t, v.locale, v.zone);
    case 'md':
      return writeMarkdown(doc, v.locale, v.zone);
  }
}
