import type { ImportIssue } from '../issues';
import { EMAIL } from '../table/cellFormats';
import { normalizeHeader } from '../table/headerRow';
import { readTemplateTable, type TemplateFile, type TemplateRecord } from '../table/templateTable';

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

export interface StrategyFile extends TemplateFile<StrategyRow> {
  /**
   * Action fields and strategic goals (`field:MOB`, `strategic:MOB-S1`) of refused rows: a row
   * belonging to one is checked against the rest, not refused again for a parent the file lacks.
   */
  refusedCodes: Set<string>;
}

/** `11, 13` → `11,13`; undefined when a number is not an SDG (1–17). */
function sdgList(text: string): string | undefined {
  if (text.trim() === '') return '';
  const numbers = text.split(/[,;\s]+/).filter(Boolean);
  return numbers.every((n) => /^\d{1,2}$/.test(n) && Number(n) >= 1 && Number(n) <= 17) ? numbers.map(Number).join(',') : undefined;
}

/** Reads the strategy template (CSV or XLSX): one row per action field, core team, goal and member. */
export async function readStrategyFile(path: string): Promise<StrategyFile> {
  const refusedCodes = new Set<string>();
  const file = await readTemplateTable(path, STRATEGY_COLUMNS, 3, (record): StrategyRow | ImportIssue => {
    const row = readRow(record);
    const kind = KIND_WORDS[normalizeHeader(record.cell('kind'))];
    if ('messageKey' in row && (kind === 'field' || kind === 'strategic') && record.cell('code')) refusedCodes.add(`${kind}:${record.cell('code').toUpperCase()}`);
    return row;
  });
  return { ...file, refusedCodes };
}

function readRow(record: TemplateRecord<(typeof STRATEGY_COLUMNS)[number][0]>): StrategyRow | ImportIssue {
  const { cell, refuse } = record;
  const kind = KIND_WORDS[normalizeHeader(cell('kind'))];
  if (!kind) return refuse('kind', 'import:unknownKind', { value: cell('kind'), allowed: 'Handlungsfeld, Kernteam, Strategisches Ziel, Operatives Ziel, Mitglied' });
  const sdgs = sdgList(cell('sdgs'));
  const role = ROLE_WORDS[normalizeHeader(cell('role') || 'mitglied')];
  const email = cell('email').toLowerCase();
  const code = kind === 'member' ? email : kind === 'team' ? cell('parent').toUpperCase() : cell('code').toUpperCase();
  if (kind === 'member' && !EMAIL.test(email)) return refuse('email', 'import:invalidEmail', { value: cell('email') });
  if (kind !== 'member' && kind !== 'team' && !code) return refuse('code', 'import:emptyCell');
  if (!cell('name')) return refuse('name', 'import:emptyCell');
  if (kind !== 'field' && !cell('parent')) return refuse('parent', 'import:emptyCell');
  if (sdgs === undefined) return refuse('sdgs', 'import:invalidSdgs', { value: cell('sdgs') });
  if (!role) return refuse('role', 'import:invalidRole', { value: cell('role') });
  return { line: record.line, kind, code, name: cell('name'), parent: cell('parent').toUpperCase(), sdgs, role, description: cell('description') };
}
