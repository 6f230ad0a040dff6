import { STRATEGY_COLUMNS, type StrategyRow } from './strategyRows';

const KIND_WORD: Record<StrategyRow['kind'], string> = {
  field: 'Handlungsfeld',
  team: 'Kernteam',
  strategic: 'Strategisches Ziel',
  operational: 'Operatives Ziel',
  member: 'Mitglied',
};

/** One record per line (as the readers expect): line breaks inside a cell become spaces. */
function csvCell(text: string): string {
  const flat = text.replace(/\s*[\r\n]+\s*/g, ' ');
  return /[;"]/.test(flat) ? `"${flat.replaceAll('"', '""')}"` : flat;
}

/** The strategy template as CSV: UTF-8 with BOM (so Excel shows umlauts), `;`, German headers. */
export function strategyCsv(rows: StrategyRow[]): string {
  const lines: string[][] = [STRATEGY_COLUMNS.map(([, de]) => de)];
  for (const r of rows) {
    const isMember = r.kind === 'member';
    const code = isMember || r.kind === 'team' ? '' : r.code;
    lines.push([KIND_WORD[r.kind], code, r.name, r.parent, r.sdgs, isMember ? r.code : '', isMember ? (r.role === 'lead' ? 'Leitung' : 'Mitglied') : '', r.description]);
  }
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
