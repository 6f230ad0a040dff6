import type { ArgumentCursor } from '../argumentCursor';
import { meantAsPeriod, periodAt } from './period';

// Units typed after a value without a period following; other words count as a unit only before a period.
const UNIT_SYMBOLS = new Set(['%', 'prozent', 'percent', 't', 'kg', 'g', 'l', 'm', 'km', 'm²', 'm2', 'm³', 'm3', 'ha', 'w', 'kw', 'kwp', 'mw', 'mwp', 'kwh', 'mwh', 'gwh', '€', 'eur', 'euro']);

/**
 * The unit written after a value (`5,9 t 2025`, `18,4 %`), or undefined. The use case checks it
 * against the KPI's unit, so `5,9 kg` for a KPI in tonnes is refused instead of saved.
 */
export function readOptionalUnit(args: ArgumentCursor): string | undefined {
  const token = args.peek();
  if (token === undefined || /^[-+]?\d/.test(token) || meantAsPeriod(args)) return undefined;
  if (!UNIT_SYMBOLS.has(token.toLowerCase()) && !periodAt(args, 1)) return undefined;
  args.next();
  return token;
}
