import { readOptionalPeriod } from '../arguments/period';
import { readOptionalActionFieldCode } from '../arguments/subscription';
import { invalidInput } from '../invalidInput';
import type { CommandSpec } from '../types';

/** `bericht [KLI] [Q3/2026]`: the in-year report of a field or of the person's scope, for a quarter or month. */
export const showReportCommand: CommandSpec<'showReport'> = {
  name: 'showReport',
  words: { de: ['bericht'], en: ['report'] },
  usage: { de: 'bericht [Handlungsfeld] [Quartal oder Monat]', en: 'report [action field] [quarter or month]' },
  examples: { de: ['bericht', 'bericht KLI', 'bericht KLI Q3/2026'], en: ['report', 'report MOB 2026-Q3'] },
  descriptionKey: 'help:describeShowReport',
  changesData: false,
  parse(args) {
    // Field and period in either order: `bericht KLI Q3/2026`, `bericht Q3/2026 KLI`.
    const first = readOptionalPeriod(args);
    const actionFieldCode = readOptionalActionFieldCode(args);
    const later = first ?? readOptionalPeriod(args);
    if (later?.frequency === 'yearly') throw invalidInput('reportPeriodYearly', { year: later.year });
    return { name: 'showReport', ...(actionFieldCode && { actionFieldCode }), ...(later && { period: later }) };
  },
};
