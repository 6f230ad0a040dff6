import { z } from 'zod';
import type { ArgumentCursor } from '../argumentCursor';
import { normalizeCode } from '../normalizeWord';
import type { ParseContext } from '../types';
import { validate } from './validate';

const MEASURE_CODE = /^M-?(\d{1,6})$/;
const KPI_CODE = /^[A-Z][A-Z0-9]{0,15}-?\d{1,6}$/;
// Without a hyphen, `MOB2` can only be `MOB-2`; `CO21` could be `CO2-1` or `CO-21` and stays as typed.
const KPI_CODE_ONE_FINAL_DIGIT = /^([A-Z](?:[A-Z0-9]*[A-Z])?)(\d)$/;

const measureCode = z
  .string()
  .transform(normalizeCode)
  .pipe(z.string().regex(MEASURE_CODE, { error: 'invalidMeasureCode' }))
  .transform((code) => code.replace(MEASURE_CODE, 'M-$1'));

const kpiCode = z
  .string()
  .transform(normalizeCode)
  .pipe(z.string().regex(KPI_CODE, { error: 'invalidKpiCode' }))
  .transform((code) => code.replace(KPI_CODE_ONE_FINAL_DIGIT, '$1-$2'));

/** A number where a code belongs means the code was left out, not that the code is odd. */
function startsLikeNumber(token: string): boolean {
  return /^[+\-\u2212]?\d/.test(token);
}

/** `M-12`, `m-12`, `m12` → `M-12`. */
export function readMeasureCode(args: ArgumentCursor, context: ParseContext): string {
  const token = args.peek();
  if (token === undefined || startsLikeNumber(token)) throw context.withUsage('missingMeasureCode');
  args.next();
  return validate(measureCode, token, { value: token });
}

/** `CO2-1`, `mob-2`, `abf1` → `CO2-1`, `MOB-2`, `ABF-1`. Whether the KPI exists is the use case's check. */
export function readKpiCode(args: ArgumentCursor, context: ParseContext): string {
  const token = args.peek();
  if (token === undefined || startsLikeNumber(token)) throw context.withUsage('missingKpiCode');
  args.next();
  return validate(kpiCode, token, { value: token });
}
