import { RECORD_KPI_FORM } from '../../interactions/ids';
import { readKpiCode } from '../arguments/codes';
import { readKpiValue } from '../arguments/kpiValue';
import { readOptionalNote } from '../arguments/note';
import { readOptionalPeriod } from '../arguments/period';
import { readOptionalUnit } from '../arguments/unit';
import type { CommandSpec } from '../types';

export const recordKpiValueCommand: CommandSpec<'recordKpiValue', 'showKpi'> = {
  name: 'recordKpiValue',
  also: ['showKpi'],
  words: { de: ['kennzahl'], en: ['kpi'] },
  usage: {
    de: 'kennzahl <Kürzel> [<Wert> [Zeitraum] [Notiz …]]',
    en: 'kpi <code> [<value> [period] [note …]]',
  },
  examples: {
    de: ['kennzahl CO2-1 5,9 2025', 'kennzahl CO2-1', 'kennzahl KLI-2 1.234,5 2026-Q3', 'kennzahl KLI-3 212 Q3/2026 Nachmeldung aus dem Solarkataster'],
    en: ['kpi CO2-1 5.9 2025', 'kpi CO2-1', 'kpi KLI-2 1234.5 2026-Q3', 'kpi KLI-3 212 Q3/2026 Late report from the solar register'],
  },
  descriptionKey: 'help:describeRecordKpiValue',
  changesData: true,
  opensForm: RECORD_KPI_FORM,
  parse(args, context) {
    const kpiCode = readKpiCode(args, context);
    if (args.done) return { name: 'showKpi', kpiCode };
    const { value, confirmed } = readKpiValue(args, context);
    const unit = readOptionalUnit(args);
    const period = readOptionalPeriod(args);
    const note = readOptionalNote(args);
    return {
      name: 'recordKpiValue',
      kpiCode,
      value,
      ...(unit !== undefined && { unit }),
      ...(period !== undefined && { period }),
      ...(note !== undefined && { note }),
      ...(confirmed && { confirmed }),
    };
  },
};
