import { normalizeCode } from '../commands/normalizeWord';
import { DomainError, InvalidInputError } from '../domain/errors';
import { isMeasureStatus } from '../domain/measureStatus';
import { parseDecimalInput } from '../domain/numberInput';
import { parsePeriod } from '../domain/period';
import type { Message } from '../messages/model';
import type { UseCaseContext } from '../usecases/context';
import { recordKpiValue } from '../usecases/kpis/recordKpiValue';
import { logProgress } from '../usecases/measures/logProgress';
import { kpiRecordedView } from '../views/kpiRecordedView';
import { progressLoggedView } from '../views/progressLoggedView';
import type { ViewContext } from '../views/viewContext';
import { LOG_PROGRESS_FORM, type FormId } from './formIds';

export type FormValues = Record<string, string | undefined>;

/** A submitted form either changed something (a reply) or is shown again with errors at its fields. */
export type FormOutcome = { ok: true; message: Message } | { ok: false; fieldErrors: Record<string, string> };

// Which field an error belongs to, by message key; anything else is shown at the form's first field.
const FIELD_OF_ERROR: [RegExp, string][] = [
  [/^measures:(unknown|notYourTeam|busy)/, 'measure'],
  [/^measures:(percentOutOfRange|doneNeedsFull)|^parse:(invalidPercent|percent)/, 'percent'],
  [/noteTooLong$/, 'note'],
  [/^kpis:(unknown|notYourTeam|busy)/, 'kpi'],
  [/^kpis:period|^parse:invalidPeriod/, 'period'],
  [/^parse:/, 'value'],
];

export async function submitForm(ctx: UseCaseContext, v: ViewContext, formId: FormId, values: FormValues): Promise<FormOutcome> {
  try {
    return { ok: true, message: formId === LOG_PROGRESS_FORM ? await submitProgress(ctx, v, values) : await submitKpiValue(ctx, v, values) };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const field = FIELD_OF_ERROR.find(([pattern]) => pattern.test(error.messageKey))?.[1] ?? (formId === LOG_PROGRESS_FORM ? 'measure' : 'kpi');
    return { ok: false, fieldErrors: { [field]: v.t(error.messageKey, error.params) } };
  }
}

async function submitProgress(ctx: UseCaseContext, v: ViewContext, values: FormValues): Promise<Message> {
  const percentText = (values.percent ?? '').trim().replace(/\s*%$/, '');
  if (!/^\d{1,3}$/.test(percentText)) throw new InvalidInputError('parse:invalidPercent', { value: values.percent ?? '' });
  const status = values.status || undefined;
  const result = await logProgress(ctx, {
    measureCode: normalizeCode(required(values.measure, 'measure')),
    percent: Number(percentText),
    status: isMeasureStatus(status) ? status : undefined,
    note: values.note,
  });
  return progressLoggedView(result, v);
}

async function submitKpiValue(ctx: UseCaseContext, v: ViewContext, values: FormValues): Promise<Message> {
  const number = parseDecimalInput(required(values.value, 'value'));
  if (!number.ok) throw number.error;
  const periodText = values.period?.trim();
  const period = periodText ? parsePeriod(periodText) : undefined;
  if (periodText && !period) throw new InvalidInputError('parse:invalidPeriod', { value: periodText });
  const result = await recordKpiValue(ctx, { kpiCode: normalizeCode(required(values.kpi, 'kpi')), value: number.value, period, note: values.note });
  return kpiRecordedView(result, v);
}

function required(value: string | undefined, field: string): string {
  if (!value?.trim()) throw new InvalidInputError(`forms:required_${field}`);
  return value.trim();
}
