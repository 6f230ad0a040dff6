import { readOptionalPeriod } from '../arguments/period';
import { readOptionalActionFieldCode } from '../arguments/subscription';
import type { CommandSpec } from '../types';

/** `bericht [KLI] [Q3/2026]`: the in-year report of a field or of the person's scope, for a quarter or month; `bericht 2026`: the annual goal-achievement report. */
export const showReportCommand: CommandSpec<'showReport'> = {
  name: 'showReport',
  words: { de: ['bericht'], en: ['report'] },
  usage: { de: 'bericht [Handlungsfeld] [Quartal, Monat oder Jahr]', en: 'report [action field] [quarter, month or year]' },
  examples: { de: ['bericht', 'bericht KLI', 'bericht KLI Q3/2026', 'bericht 2026'], en: ['report', 'report MOB 2026-Q3', 'report 2026'] },
  descriptionKey: 'help:describeShowReport',
  changesData: false,
  parse(args) {
    // Field and period in either order: `bericht KLI Q3/2026`, `bericht Q3/2026 KLI`.
    const first = readOptionalPeriod(args);
    const actionFieldCode = readOptionalActionFieldCode(args);
    const later = first ?? readOptionalPeriod(args);
    return { name: 'showReport', ...(actionFieldCode && { actionFieldCode }), ...(later && { period: later }) };
  },
};
