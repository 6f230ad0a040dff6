import { readKpiCode } from '../arguments/codes';
import { readKpiValue } from '../arguments/kpiValue';
import { readOptionalNote } from '../arguments/note';
import { readOptionalPeriod } from '../arguments/period';
import type { CommandSpec } from '../types';

export const recordKpiValueCommand: CommandSpec<'recordKpiValue'> = {
  name: 'recordKpiValue',
  words: { de: ['kennzahl'], en: ['kpi'] },
  usage: {
    de: 'kennzahl <Kürzel> <Wert> [Zeitraum] [Notiz …]',
    en: 'kpi <code> <value> [period] [note …]',
  },
  examples: {
    de: ['kennzahl CO2-1 412,5 2025', 'kennzahl MOB-1 18,4 2026-Q3', 'kennzahl ABF-1 1.234,5 09/2026 Nachmeldung Wertstoffhof'],
    en: ['kpi CO2-1 412.5 2025', 'kpi MOB-1 18.4 2026-Q3', 'kpi ABF-1 1234.5 09/2026 Late report from the recycling centre'],
  },
  descriptionKey: 'help:describeRecordKpiValue',
  parse(args, context) {
    const kpiCode = readKpiCode(args, context);
    const value = readKpiValue(args, context);
    const period = readOptionalPeriod(args);
    const note = readOptionalNote(args);
    return {
      name: 'recordKpiValue',
      kpiCode,
      value,
      ...(period !== undefined && { period }),
      ...(note !== undefined && { note }),
    };
  },
};
