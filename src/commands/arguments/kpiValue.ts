import { parseDecimalInput } from '../../domain/numberInput';
import type { ArgumentCursor } from '../argumentCursor';
import type { ParseContext } from '../types';
import { isPeriod } from './period';

const YEAR = /^\d{4}$/;
const looksLikeNumber = (token: string | undefined) => token !== undefined && /^[-+]?\d[\d.,]*$/.test(token);

/** The value as an exact decimal string (`"412.5"`). */
export function readKpiValue(args: ArgumentCursor, context: ParseContext): string {
  const token = args.next();
  if (token === undefined) throw context.withUsage('missingKpiValue');
  const result = parseDecimalInput(token);
  // `kennzahl CO2-1 2025 6,1`: a year, then a number that is no period: the period came first.
  if (result.ok && YEAR.test(token) && looksLikeNumber(args.peek()) && !isPeriod(args.peek()!)) throw context.withUsage('periodBeforeValue', { period: token });
  if (result.ok) return result.value;
  // `kennzahl CO2-1 2026-Q3 412,5`: the period came first.
  if (isPeriod(token)) throw context.withUsage('periodBeforeValue', { period: token });
  throw result.error;
}
