/** One record per line (as the readers expect): line breaks inside a cell become spaces. */
function csvCell(text: string): string {
  const flat = text.replace(/\s*[\r\n]+\s*/g, ' ');
  return /[;"]/.test(flat) ? `"${flat.replaceAll('"', '""')}"` : flat;
}

/** A template's header (German) and rows, as text cells; written as CSV or XLSX. */
export interface TemplateSheet {
  header: readonly string[];
  rows: readonly (readonly string[])[];
}

/** A template as CSV: UTF-8 with BOM (so Excel shows umlauts), `;`, CRLF. */
export function templateCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...rows].map((cells) => cells.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
