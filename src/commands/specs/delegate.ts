import { DateTime } from 'luxon';
import type { ArgumentCursor } from '../argumentCursor';
import { normalizeCode } from '../normalizeWord';
import type { CommandSpec, ParseContext } from '../types';

function readDate(args: ArgumentCursor, context: ParseContext): string {
  const token = args.next();
  if (!token) throw context.withUsage('missingText');
  const parsed = DateTime.fromFormat(token, 'd.M.yyyy');
  const date = parsed.isValid ? parsed : DateTime.fromISO(token);
  if (!date.isValid) throw context.withUsage('invalidResolutionDate', { value: token });
  return date.toISODate()!;
}

/** `vertretung <e-mail> <von> <bis> [Feld]`: a deputy decides reallocations on the person's behalf for a period. */
export const delegateCommand: CommandSpec<'delegateApproval'> = {
  name: 'delegateApproval',
  words: { de: ['vertretung'], en: ['deputy'] },
  usage: { de: 'vertretung <E-Mail> <von> <bis> [Handlungsfeld]', en: 'deputy <e-mail> <from> <until> [action field]' },
  examples: { de: ['vertretung lea.hoffmann@musterstadt.de 01.07.2026 14.07.2026 KLI'], en: ['deputy lea.hoffmann@musterstadt.de 01.07.2026 14.07.2026 KLI'] },
  descriptionKey: 'help:describeDelegate',
  changesData: true,
  parse: (args, context) => {
    const email = args.next();
    if (!email) throw context.withUsage('missingText');
    const startsOn = readDate(args, context);
    const endsOn = readDate(args, context);
    const field = args.next();
    return { name: 'delegateApproval', deputyEmail: email.toLowerCase(), startsOn, endsOn, ...(field && { actionFieldCode: normalizeCode(field) }) };
  },
};
