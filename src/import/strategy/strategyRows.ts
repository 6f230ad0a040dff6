import { issue, type ImportIssue } from '../issues';
import { findHeaderRow, normalizeHeader } from '../table/headerRow';
import { openTable } from '../table/openTable';

/** The kinds of rows of the strategy template, by the word in its first column (German or English). */
export const STRATEGY_KINDS = ['field', 'team', 'strategic', 'operational', 'member'] as const;
export type StrategyKind = (typeof STRATEGY_KINDS)[number];
const KIND_WORDS: Record<string, StrategyKind> = {
  handlungsfeld: 'field',
  actionfield: 'field',
  kernteam: 'team',
  coreteam: 'team',
  strategischesziel: 'strategic',
  strategicgoal: 'strategic',
  operativesziel: 'operational',
  operationalgoal: 'operational',
  mitglied: 'member',
  member: 'member',
};
const ROLE_WORDS: Record<string, 'lead' | 'member'> = { leitung: 'lead', lead: 'lead', mitglied: 'member', member: 'member' };

/** The template's columns: German header first, English accepted. */
export const STRATEGY_COLUMNS = [
  ['kind', 'Art', 'kind'],
  ['code', 'Code', 'code'],
  ['name', 'Name', 'name'],
  ['parent', 'Gehört zu', 'belongs to'],
  ['sdgs', 'SDGs', 'SDGs'],
  ['email', 'E-Mail', 'e-mail'],
  ['role', 'Rolle', 'role'],
  ['description', 'Beschreibung', 'description'],
] as const;
type ColumnKey = (typeof STRATEGY_COLUMNS)[number][0];

export interface StrategyRow {
  line: number;
  kind: StrategyKind;
  /** Action field, strategic or operational goal code; the team's field; the member's e-mail (lower case). */
  code: string;
  name: string;
  /** The action field (team, strategic goal, member) or strategic goal (operational goal) it belongs to. */
  parent: string;
  /** SDG numbers, `11,13`. */
  sdgs: string;
  role: 'lead' | 'member';
  description: string;
}

export interface StrategyFile {
  rows: StrategyRow[];
  refused: ImportIssue[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `11, 13` → `11,13`; undefined when a number is not an SDG (1–17). */
function sdgList(text: string): string | undefined {
  if (text.trim() === '') return '';
  const numbers = text.split(/[,;\s]+/).filter(Boolean);
  return numbers.every((n) => /^\d{1,2}$/.test(n) && Number(n) >= 1 && Number(n) <= 17) ? numbers.map(Number).join(',') : undefined;
}

/** Reads the strategy template (CSV or XLSX): one row per action field, core team, goal and member. */
export async function readStrategyFile(path: string): Promise<StrategyFile> {
  const table = await openTable(path);
  if ('messageKey' in table) return { rows: [], refused: [table] };
  const known = (cell: string) => STRATEGY_COLUMNS.findIndex(([, de, en]) => normalizeHeader(cell) === normalizeHeader(de) || normalizeHeader(cell) === normalizeHeader(en));
  const found = await findHeaderRow(table.rows, (cells) => cells.filter((c) => known(c) >= 0).length >= 3);
  if ('messageKey' in found) return { rows: [], refused: [found] };
  const at = new Map<ColumnKey, number>();
  found.header.cells.forEach((cell, i) => {
    const k = known(cell);
    if (k >= 0) at.set(STRATEGY_COLUMNS[k]![0], i);
  });
  const headerOf = (key: ColumnKey) => found.header.cells[at.get(key) ?? -1] ?? STRATEGY_COLUMNS.find(([k]) => k === key)![1];
  const result: StrategyFile = { rows: [], refused: [...found.issues] };
  for await (const row of table.rows) {
    if (!('cells' in row)) {
      result.refused.push(row);
      continue;
    }
    const cell = (key: ColumnKey) => (at.has(key) ? (row.cells[at.get(key)!] ?? '') : '');
    const refuse = (key: ColumnKey, messageKey: string, params?: Record<string, string>) => result.refused.push(issue(row.line, messageKey, params, headerOf(key)));
    const kind = KIND_WORDS[normalizeHeader(cell('kind'))];
    if (!kind) {
      refuse('kind', 'import:unknownKind', { value: cell('kind'), allowed: 'Handlungsfeld, Kernteam, Strategisches Ziel, Operatives Ziel, Mitglied' });
      continue;
    }
    const sdgs = sdgList(cell('sdgs'));
    const role = ROLE_WORDS[normalizeHeader(cell('role') || 'mitglied')];
    const email = cell('email').toLowerCase();
    const code = kind === 'member' ? email : kind === 'team' ? cell('parent').toUpperCase() : cell('code').toUpperCase();
    if (kind === 'member' && !EMAIL.test(email)) refuse('email', 'import:invalidEmail', { value: cell('email') });
    else if (kind !== 'member' && kind !== 'team' && !code) refuse('code', 'import:emptyCell');
    else if (!cell('name')) refuse('name', 'import:emptyCell');
    else if (kind !== 'field' && !cell('parent')) refuse('parent', 'import:emptyCell');
    else if (sdgs === undefined) refuse('sdgs', 'import:invalidSdgs', { value: cell('sdgs') });
    else if (!role) refuse('role', 'import:invalidRole', { value: cell('role') });
    else result.rows.push({ line: row.line, kind, code, name: cell('name'), parent: cell('parent').toUpperCase(), sdgs, role, description: cell('description') });
  }
  return result;
}
