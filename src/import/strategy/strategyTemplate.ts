import type { TemplateSheet } from '../table/csvText';
import { STRATEGY_COLUMNS, type StrategyRow } from './strategyRows';

const KIND_WORD: Record<StrategyRow['kind'], string> = {
  field: 'Handlungsfeld',
  team: 'Kernteam',
  strategic: 'Strategisches Ziel',
  operational: 'Operatives Ziel',
  member: 'Mitglied',
};

/** The strategy template: German headers, a row per field, team, member and goal. */
export function strategyTemplate(rows: StrategyRow[]): TemplateSheet {
  const lines: string[][] = [];
  for (const r of rows) {
    const isMember = r.kind === 'member';
    const code = isMember || r.kind === 'team' ? '' : r.code;
    lines.push([KIND_WORD[r.kind], code, r.name, r.parent, r.sdgs, isMember ? r.code : '', isMember ? (r.role === 'lead' ? 'Leitung' : 'Mitglied') : '', r.description]);
  }
  return { header: STRATEGY_COLUMNS.map(([, de]) => de), rows: lines };
}
