import type { Locale, Translate } from '../../i18n';
import { CHART_FONT_FILE } from '../charts/renderPng';
import { cellText } from './cellText';
import type { Cell, ExportTable, ReportDocument } from './reportDocument';

const MARGIN = 40;
const ROW = 13;
const CHARTS_PER_PAGE = 2;

/**
 * A4 landscape: the title, each table (continued on the next page where it does not fit), then the
 * charts, two a page. In the shipped font, with the creation date of the figures: the same figures
 * give the same bytes.
 */
export async function writePdf(doc: ReportDocument, t: Translate, locale: Locale, zone: string): Promise<Buffer> {
  // Loaded on the first export, not at start (issue 16 item 11).
  const { default: PDFDocument } = await import('pdfkit');
  const pdf = new PDFDocument({ size: 'A4', layout: 'landscape', margin: MARGIN, info: { Title: doc.title, Creator: 'Verwaltung 2.030', CreationDate: doc.asOf, ModDate: doc.asOf } });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => pdf.on('end', () => resolve()));
  pdf.registerFont('body', CHART_FONT_FILE);
  pdf.font('body');
  pdf.fontSize(16).text(doc.title);
  pdf.fontSize(10).text(doc.subtitle).moveDown();
  for (const table of doc.tables) drawTable(pdf, table, cellText(locale, zone));
  for (const [i, chart] of doc.charts().entries()) {
    if (i % CHARTS_PER_PAGE === 0) {
      pdf.addPage();
      if (i === 0) pdf.fontSize(12).text(t('exports:charts'));
    }
    const width = pdf.page.width - 2 * MARGIN - 200;
    const height = (width * chart.png.height) / chart.png.width;
    pdf.image(Buffer.from(chart.png.bytes), MARGIN + 100, pdf.y + 4, { width, height });
    pdf.y += height + 12;
  }
  pdf.end();
  await done;
  return Buffer.concat(chunks);
}

function drawTable(pdf: PDFKit.PDFDocument, table: ExportTable, text: (c: Cell) => string): void {
  const usable = pdf.page.width - 2 * MARGIN;
  const weights = table.headers.map((h, i) => Math.max(h.length, ...table.rows.slice(0, 50).map((r) => Math.min(40, text(r[i] ?? null).length))) + 2);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (w / total) * usable);
  const line = (cells: string[], bold: boolean) => {
    if (pdf.y + ROW > pdf.page.height - MARGIN) pdf.addPage();
    const y = pdf.y;
    let x = MARGIN;
    pdf.fontSize(bold ? 7.5 : 7);
    cells.forEach((c, i) => {
      pdf.text(c, x + 1, y, { width: widths[i]! - 2, height: ROW, ellipsis: true, lineBreak: false });
      x += widths[i]!;
    });
    pdf.y = y + ROW;
    if (bold) pdf.moveTo(MARGIN, pdf.y - 2).lineTo(MARGIN + usable, pdf.y - 2).lineWidth(0.5).stroke();
  };
  if (pdf.y + 4 * ROW > pdf.page.height - MARGIN) pdf.addPage();
  pdf.fontSize(11).text(table.name, MARGIN, pdf.y + 6);
  pdf.y += 2;
  line(table.headers, true);
  for (const row of table.rows) line(row.map(text), false);
}

