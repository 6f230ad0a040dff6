import { InvalidInputError } from './errors';

const SAME_UNIT: Record<string, string> = { prozent: '%', percent: '%', m2: 'm²', m3: 'm³', eur: '€', euro: '€' };

function canonicalUnit(unit: string): string {
  const lower = unit.trim().toLowerCase().replace(/\s+/g, ' ');
  return SAME_UNIT[lower] ?? lower;
}

/** A unit typed after a value must be the KPI's own (`t`, `%`, `m2` for `m²`); values are never converted. */
export function checkUnit(kpi: { code: string; unit: string }, typed: string | undefined): void {
  if (typed === undefined || canonicalUnit(typed) === canonicalUnit(kpi.unit)) return;
  throw new InvalidInputError('kpis:wrongUnit', { code: kpi.code, unit: typed, expected: kpi.unit });
}
