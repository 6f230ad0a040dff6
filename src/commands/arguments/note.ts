import { checkNote } from '../../domain/progressRules';
import type { ArgumentCursor } from '../argumentCursor';

/** The rest of the line, exactly as typed apart from surrounding white space and invisible characters. */
export function readOptionalNote(args: ArgumentCursor): string | undefined {
  return checkNote(args.rest());
}
