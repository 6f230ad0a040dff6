import { InvalidInputError } from '../../domain/errors';

/** A required field's value, trimmed; refused with `forms:required_<field>` (shown at that field) when empty. */
export function required(value: string | undefined, field: string): string {
  if (!value?.trim()) throw new InvalidInputError(`forms:required_${field}`);
  return value.trim();
}
