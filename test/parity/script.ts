import type { Locale, MessageParams } from '../../src/i18n';

/** Who says a line of the parity script: Max (core team, responsible for M-1) or Olga (outsider, responsible for M-2, English). */
export type Speaker = 'max' | 'olga';

export interface ScriptLine {
  as: Speaker;
  text: string;
  /** A line the bot must refuse, and the catalogue message every platform has to show for it. */
  refused?: { locale: Locale; key: string; params: MessageParams };
}

/** The command script every adapter runs, in this order (the clock stands at 2026-03-10, in 2026-Q1). */
export const SCRIPT: ScriptLine[] = [
  { as: 'max', text: 'hilfe' },
  { as: 'max', text: 'meine' },
  { as: 'max', text: 'massnahme M-1' },
  { as: 'max', text: 'fortschritt M-1 60 gefaehrdet Lieferverzug beim Dämmstoff' },
  { as: 'max', text: 'kennzahl CO2-1 6,4 2025' },
  { as: 'max', text: 'kennzahl MOB-1 12,5 Q1/2026 vorläufig' },
  { as: 'max', text: 'kennzahl MOB-1 13 Q2/2026', refused: { locale: 'de', key: 'kpis:periodInFuture', params: { period: '2026-Q2' } } },
  { as: 'max', text: 'kennzahl CO2-1 6,3 2025' },
  { as: 'max', text: 'fortschritt M-1 150', refused: { locale: 'de', key: 'parse:percentOutOfRange', params: { value: '150' } } },
  { as: 'max', text: 'kennzahl CO2-1 1.500', refused: { locale: 'de', key: 'parse:ambiguousNumber', params: { value: '1.500', thousands: '1500', decimal: '1,5' } } },
  { as: 'olga', text: 'fortschritt M-2 10' },
  { as: 'olga', text: 'fortschritt M-1 70', refused: { locale: 'en', key: 'measures:notYourTeam', params: { code: 'M-1', team: 'Kernteam Klima' } } },
];

export const EMAIL: Record<Speaker, string> = { max: 'max@klein.de', olga: 'olga@klein.de' };
