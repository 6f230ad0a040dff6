import { parseDecimalInput } from '../../domain/numberInput';
import type { ArgumentCursor } from '../argumentCursor';
import type { ParseContext } from '../types';
import { isPeriod } from './period';

/** The value as an exact decimal string (`"412.5"`). */
export function readKpiValue(args: ArgumentCursor, context: ParseContext): string {
  const token = args.next();
  if (token === undefined) throw context.withUsage('missingKpiValue');
  const result = parseDecimalInput(token);
  if (result.ok) return result.value;
  // `kennzahl CO2-1 2026-Q3 412,5`: the period came first.
  if (isPeriod(token)) throw context.withUsage('periodBeforeValue', { period: token });
  throw result.error;
}
