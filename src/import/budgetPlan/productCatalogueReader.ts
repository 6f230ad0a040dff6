import { readLatin1Csv, type CsvSource } from './csvLines';
import type { ImportProblem } from './problems';

/** NKF product areas (1–17) and product groups (e.g. 1201), as in Wesel's liste_produkte.csv. */
export interface ProductCatalogue {
  areas: Map<string, string>;
  groups: Map<string, string>;
  problems: ImportProblem[];
}

/** Reads `code;name` lines without header: one- or two-digit codes are areas, longer ones groups. */
export function readProductCatalogue(source: CsvSource): ProductCatalogue {
  const { records, problems } = readLatin1Csv(source);
  const areas = new Map<string, string>();
  const groups = new Map<string, string>();
  for (const { line, fields } of records) {
    const [code = '', name = ''] = fields;
    if (fields.length !== 2) {
      problems.push({ line, reason: 'column_count', detail: `2 Spalten erwartet, ${fields.length} gefunden` });
    } else if (!/^\d{1,4}$/.test(code) || !name) {
      problems.push({ line, reason: 'invalid_code', detail: `"${code};${name}" ist kein Produktbereich / keine Produktgruppe` });
    } else {
      (code.length <= 2 ? areas : groups).set(code, name);
    }
  }
  return { areas, groups, problems };
}

/**
 * The product area of a profit centre: its digits are area, two-digit group and two-digit product
 * (`120102` → area 12, group 1201). Returns e.g. `12 Verkehrsflächen und -anlagen`, or "" if unknown.
 */
export function productArea(catalogue: ProductCatalogue, profitCenter: string): string {
  if (!/^\d{5,6}$/.test(profitCenter)) return '';
  const code = String(Number(profitCenter.slice(0, -4)));
  const name = catalogue.areas.get(code);
  return name ? `${code} ${name}` : '';
}
