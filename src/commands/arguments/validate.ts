import type { z } from 'zod';
import type { MessageParams } from '../../i18n';
import { invalidInput, isParseMessageKey } from '../invalidInput';

/**
 * Runs a zod schema over one argument. Schemas name the catalogue key as their issue message;
 * the first issue becomes the InvalidInputError, with `params` for the message.
 */
export function validate<T>(schema: z.ZodType<T, string>, input: string, params: MessageParams): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const key = result.error.issues[0]?.message;
  if (!isParseMessageKey(key)) throw new Error(`Argument schema reported "${key}", which is not a parse message key`);
  throw invalidInput(key, params);
}
