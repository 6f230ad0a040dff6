import { parseDecimalInput } from '../../domain/numberInput';
import { parsePeriod } from '../../domain/period';
import type { ArgumentCursor } from '../argumentCursor';
import type { ParseContext } from '../types';

const YEAR = /^\d{4}$/;
const looksLikeNumber = (token: string | undefined) => token !== undefined && /^[-+]?\d[\d.,]*$/.test(token);

/**
 * The value as an exact decimal string (`"412.5"`); `412,5!` confirms a value far off the series. A number here is the value, also a four-digit
 * one (`kennzahl KLI-2 1250 12 Gebäude nachgemeldet`): only `kennzahl CO2-1 2025 6,1`, a year
 * followed by nothing but a number, is taken as the period written first.
 */
export function readKpiValue(args: ArgumentCursor, context: ParseContext): { value: string; confirmed: boolean } {
  const typed = args.next();
  if (typed === undefined) throw context.withUsage('missingKpiValue');
  const confirmed = typed.length > 1 && typed.endsWith('!');
  const token = confirmed ? typed.slice(0, -1) : typed;
  const result = parseDecimalInput(token);
  const swapped = YEAR.test(token) && parsePeriod(token) !== undefined && looksLikeNumber(args.peek()) && !parsePeriod(args.peek()!) && args.peek(1) === undefined;
  if (result.ok && swapped) throw context.withUsage('periodBeforeValue', { period: token });
  if (result.ok) return { value: result.value, confirmed };
  // `kennzahl CO2-1 2026-Q3 412,5`: the period came first.
  if (parsePeriod(token)) throw context.withUsage('periodBeforeValue', { period: token });
  throw result.error;
}
