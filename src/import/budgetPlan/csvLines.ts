import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { ImportProblem } from './problems';

export interface CsvRecord {
  /** 1-based line number in the file. */
  line: number;
  fields: string[];
}

export interface CsvLines {
  records: CsvRecord[];
  problems: ImportProblem[];
}

/** A file path or the file's bytes. */
export type CsvSource = string | Uint8Array;

/**
 * Reads a `;`-separated Latin-1 file as published by German municipalities. Each physical line is
 * one record (these exports have no line breaks inside fields), so every record and every problem
 * carries its exact line number, and a broken line cannot swallow the lines after it.
 * Blank lines and lines of separators only (`;;;;`) are skipped.
 */
export function readLatin1Csv(source: CsvSource): CsvLines {
  const bytes = typeof source === 'string' ? fs.readFileSync(source) : source;
  // WHATWG's "latin1" is windows-1252, a superset of ISO-8859-1 for every printable character.
  const text = new TextDecoder('latin1').decode(bytes);
  const lines = text.split(/\r?\n/);
  const records: CsvRecord[] = [];
  const problems: ImportProblem[] = [];
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (/^[;\s]*$/.test(raw)) return;
    try {
      const [fields] = parse(raw, { delimiter: ';' }) as string[][];
      records.push({ line, fields: (fields ?? []).map((f) => f.trim()) });
    } catch (error) {
      problems.push({ line, reason: 'csv_syntax', detail: (error as Error).message.replace(/ at line \d+/, '') });
    }
  });
  return { records, problems };
}
