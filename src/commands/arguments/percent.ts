import { z } from 'zod';
import type { ArgumentCursor } from '../argumentCursor';
import type { ParseContext } from '../types';
import { validate } from './validate';

const percent = z
  .string()
  .regex(/^[+-]?\d{1,6}(?:[.,]\d+)?%?$/, { error: 'invalidPercent' })
  .transform((text) => Number(text.replace('%', '').replace(',', '.')))
  .pipe(
    z
      .number()
      .int({ error: 'percentNotWhole' })
      .min(0, { error: 'percentOutOfRange' })
      .max(100, { error: 'percentOutOfRange' }),
  );

/** `60`, `60%` or `60 %`: a whole number from 0 to 100. */
export function readPercent(args: ArgumentCursor, context: ParseContext): number {
  const token = args.next();
  if (token === undefined) throw context.withUsage('missingPercent');
  const value = validate(percent, token, { value: token });
  if (args.peek() === '%') args.next();
  return value;
}
