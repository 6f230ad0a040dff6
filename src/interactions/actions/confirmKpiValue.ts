import { z } from 'zod';
import { InvalidInputError } from '../../domain/errors';
import { parsePeriod } from '../../domain/period';
import { recordKpiValue } from '../../usecases/kpis/recordKpiValue';
import { kpiRecordedView } from '../../views/kpiRecordedView';
import type { ActionSpec } from '../actionSpec';
import { CONFIRM_KPI_VALUE_ACTION } from '../ids';

/** What the "save anyway" button carries: the KPI, the value, the period's key and the note. */
const confirmation = z.object({ kpi: z.string(), value: z.string(), period: z.string(), note: z.string().optional() });

function readConfirmation(value: string): z.infer<typeof confirmation> | undefined {
  try {
    const parsed = confirmation.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The button under a value far off the series: records it as confirmed and replaces the question with the answer. */
export const confirmKpiValueAction: ActionSpec = {
  id: CONFIRM_KPI_VALUE_ACTION,
  async run(ctx, view, value) {
    const data = readConfirmation(value);
    const period = data && parsePeriod(data.period);
    if (!data || !period) throw new InvalidInputError('common:unknownAction');
    const result = await recordKpiValue(ctx, { kpiCode: data.kpi, value: data.value, period, note: data.note, confirmed: true });
    return { replace: kpiRecordedView(result, view) };
  },
};
