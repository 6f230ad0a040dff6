import { readOptionalPeriod } from '../arguments/period';
import type { CommandSpec } from '../types';

/** `sperren Q3/2026`: the treasury locks a report period; `entsperren Q3/2026 <Grund>` reopens it. */
export const lockPeriodCommand: CommandSpec<'lockPeriod'> = {
  name: 'lockPeriod',
  words: { de: ['sperren'], en: ['lock'] },
  usage: { de: 'sperren <Zeitraum>', en: 'lock <period>' },
  examples: { de: ['sperren Q3/2026', 'sperren 2025'], en: ['lock 2026-Q3'] },
  descriptionKey: 'help:describeLockPeriod',
  changesData: true,
  parse(args, context) {
    const period = readOptionalPeriod(args);
    if (!period) throw context.withUsage('missingPeriod');
    return { name: 'lockPeriod', period };
  },
};

export const reopenPeriodCommand: CommandSpec<'reopenPeriod'> = {
  name: 'reopenPeriod',
  words: { de: ['entsperren'], en: ['unlock'] },
  usage: { de: 'entsperren <Zeitraum> <Grund>', en: 'unlock <period> <reason>' },
  examples: { de: ['entsperren Q3/2026 Korrektur der CO2-Bilanz durch das Landesamt'], en: ['unlock 2026-Q3 corrected CO2 figures from the state office'] },
  descriptionKey: 'help:describeReopenPeriod',
  changesData: true,
  parse(args, context) {
    const period = readOptionalPeriod(args);
    if (!period) throw context.withUsage('missingPeriod');
    const reason = args.rest();
    if (!reason) throw context.withUsage('missingText');
    return { name: 'reopenPeriod', period, reason };
  },
};
