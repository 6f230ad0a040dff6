import { z } from 'zod';
import type { ArgumentCursor } from '../argumentCursor';
import type { ParseContext, ParseMessageKey } from '../types';
import { validate } from './validate';

const alertNumber = z.string().regex(/^#?\d{1,9}$/, { error: 'invalidAlertNumber' }).transform((text) => Number(text.replace('#', '')));
const days = z.string().regex(/^\d{1,4}$/, { error: 'invalidDays' }).transform(Number);

function read<T>(schema: z.ZodType<T, string>, missing: ParseMessageKey, args: ArgumentCursor, context: ParseContext): T {
  const token = args.next();
  if (token === undefined) throw context.withUsage(missing);
  return validate(schema, token, { value: token });
}

/** An alert's number as `alarme` shows it: `3` or `#3`. */
export const readAlertNumber = (args: ArgumentCursor, context: ParseContext) => read(alertNumber, 'missingAlertNumber', args, context);

/** A whole number of days; whether the tenant allows that many is the use case's check. */
export const readDays = (args: ArgumentCursor, context: ParseContext) => read(days, 'missingDays', args, context);
