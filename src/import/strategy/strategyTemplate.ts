import { templateCsv } from '../table/csvText';
import { STRATEGY_COLUMNS, type StrategyRow } from './strategyRows';

const KIND_WORD: Record<StrategyRow['kind'], string> = {
  field: 'Handlungsfeld',
  team: 'Kernteam',
  strategic: 'Strategisches Ziel',
  operational: 'Operatives Ziel',
  member: 'Mitglied',
};

/** The strategy template as CSV: UTF-8 with BOM (so Excel shows umlauts), `;`, German headers. */
export function strategyCsv(rows: StrategyRow[]): string {
  const lines: string[][] = [];
  for (const r of rows) {
    const isMember = r.kind === 'member';
    const code = isMember || r.kind === 'team' ? '' : r.code;
    lines.push([KIND_WORD[r.kind], code, r.name, r.parent, r.sdgs, isMember ? r.code : '', isMember ? (r.role === 'lead' ? 'Leitung' : 'Mitglied') : '', r.description]);
  }
  return templateCsv(STRATEGY_COLUMNS.map(([, de]) => de), lines);
}
