import { parsePeriod } from '../../domain/period';

/** A period key as people read it: `2026-Q3` → `Q3/2026`, `2026-09` → `09/2026`, `2026` stays. */
export function periodLabel(key: string): string {
  const p = parsePeriod(key);
  if (!p || p.frequency === 'yearly') return key;
  return p.frequency === 'quarterly' ? `Q${p.index}/${p.year}` : `${String(p.index).padStart(2, '0')}/${p.year}`;
}
