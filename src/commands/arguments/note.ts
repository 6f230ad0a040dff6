import { z } from 'zod';
import { MAX_NOTE_LENGTH } from '../../domain/progressRules';
import type { ArgumentCursor } from '../argumentCursor';
import { validate } from './validate';

const note = z.string().max(MAX_NOTE_LENGTH, { error: 'noteTooLong' });

/** The rest of the line, exactly as typed apart from surrounding white space. */
export function readOptionalNote(args: ArgumentCursor): string | undefined {
  const text = args.rest();
  if (text === '') return undefined;
  return validate(note, text, { max: MAX_NOTE_LENGTH, length: text.length });
}
