import { normalizeCode } from '../../commands/normalizeWord';
import { InvalidInputError } from '../../domain/errors';
import { parseDecimalInput } from '../../domain/numberInput';
import { codeAndName } from '../../format/localizedName';
import { latestDuePeriod, parsePeriod, periodKey, type Frequency } from '../../domain/period';
import { recordKpiValue } from '../../usecases/kpis/recordKpiValue';
import { kpiRecordedView } from '../../views/kpiRecordedView';
import type { FormSpec } from '../formSpec';
import { RECORD_KPI_FORM } from '../ids';
import { required } from './required';

/** The KPI value form: a KPI of the person's teams (prefilled with its latest due period), value, period, note. */
export const kpiFormSpec: FormSpec = {
  id: RECORD_KPI_FORM,
  prefillField: 'kpi',
  async build(ctx, { t, zone, locale }, prefillCode) {
    const kpis = await ctx.db.kpi.findMany({ where: { tenantId: ctx.actor.tenant.id, teamId: { in: ctx.actor.teamIds } }, orderBy: { code: 'asc' } });
    const selected = kpis.find((k) => k.code === prefillCode);
    const duePeriod = selected ? periodKey(latestDuePeriod(selected.frequency as Frequency, ctx.now, zone)) : undefined;
    return {
      id: RECORD_KPI_FORM,
      title: t('forms:kpiTitle'),
      submitLabel: t('forms:save'),
      fields: [
        { id: 'kpi', label: t('forms:kpi'), kind: 'select', required: true, initial: selected?.code, options: kpis.map((k) => ({ value: k.code, label: `${codeAndName(k, locale)} (${k.unit})` })) },
        { id: 'value', label: t('forms:value'), kind: 'text', required: true, hint: t('forms:valueHint') },
        { id: 'period', label: t('forms:period'), kind: 'text', required: false, initial: duePeriod, hint: t('forms:periodHint') },
        { id: 'note', label: t('forms:note'), kind: 'textarea', required: false, hint: t('forms:noteHint') },
      ],
    };
  },
  async submit(ctx, view, values) {
    const number = parseDecimalInput(required(values.value, 'value'));
    if (!number.ok) throw number.error;
    const periodText = values.period?.trim();
    const period = periodText ? parsePeriod(periodText) : undefined;
    if (periodText && !period) throw new InvalidInputError('parse:invalidPeriod', { value: periodText });
    const result = await recordKpiValue(ctx, { kpiCode: normalizeCode(required(values.kpi, 'kpi')), value: number.value, period, note: values.note });
    return kpiRecordedView(result, view);
  },
  errorFields: [
    [/^kpis:(unknown|notYourTeam|busy)/, 'kpi'],
    [/^kpis:(period|correctionNeedsPeriod)|^parse:invalidPeriod/, 'period'],
    [/noteTooLong$/, 'note'],
    [/^parse:/, 'value'],
  ],
};
