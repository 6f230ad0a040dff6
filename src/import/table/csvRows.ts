import { parse } from 'csv-parse/sync';
import { issue, type ImportIssue } from '../issues';
import { detectEncoding, textLines, type TextEncoding } from './textLines';

/** One record of a table file: its 1-based line and its cells, trimmed. */
export interface TableRow {
  line: number;
  cells: string[];
}

export type Separator = ';' | '\t' | ',';
const SEPARATORS: Separator[] = [';', '\t', ','];
/** Lines looked at to choose the separator. */
const SAMPLE_LINES = 30;

export interface CsvReader {
  encoding: TextEncoding;
  separator: Separator;
  rows: AsyncGenerator<TableRow | ImportIssue>;
}

function splitLine(text: string, separator: Separator): string[] {
  const [fields] = parse(text, { delimiter: separator }) as string[][];
  return (fields ?? []).map((f) => f.trim());
}

function isBlank(text: string): boolean {
  return /^[;,\t\s]*$/.test(text);
}

/**
 * The separator that splits the sample's lines most consistently into more than one cell (German
 * amounts contain commas, so `,` only wins when `;` and tab do not split the lines at all).
 */
export function chooseSeparator(sample: string[]): Separator {
  let best: { separator: Separator; share: number; cells: number } | undefined;
  for (const separator of SEPARATORS) {
    const counts = new Map<number, number>();
    for (const text of sample) {
      let cells: number;
      try {
        cells = splitLine(text, separator).length;
      } catch {
        continue;
      }
      counts.set(cells, (counts.get(cells) ?? 0) + 1);
    }
    const [cells, lines] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
    if (cells < 2) continue;
    const share = lines / sample.length;
    if (!best || share > best.share) best = { separator, share, cells };
  }
  return best?.separator ?? ';';
}

/**
 * Reads a CSV file as municipalities export it: encoding and separator detected, one record per
 * line (finance exports have no line breaks inside cells), so a broken line is reported with its
 * number and cannot swallow the lines after it. Blank lines are skipped.
 */
export async function openCsv(path: string): Promise<CsvReader> {
  const encoding = await detectEncoding(path);
  const sample: string[] = [];
  for await (const { text } of textLines(path, encoding)) {
    if (!isBlank(text)) sample.push(text);
    if (sample.length >= SAMPLE_LINES) break;
  }
  const separator = chooseSeparator(sample);
  return { encoding, separator, rows: csvRows(path, encoding, separator) };
}

async function* csvRows(path: string, encoding: TextEncoding, separator: Separator): AsyncGenerator<TableRow | ImportIssue> {
  for await (const { line, text } of textLines(path, encoding)) {
    if (isBlank(text)) continue;
    try {
      yield { line, cells: splitLine(text, separator) };
    } catch {
      yield issue(line, 'import:csvQuoting');
    }
  }
}

