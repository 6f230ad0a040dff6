import { normalizeCode } from '../../commands/normalizeWord';
import { InvalidInputError } from '../../domain/errors';
import { isMeasureStatus, MEASURE_STATUSES } from '../../domain/measureStatus';
import type { UseCaseContext } from '../../usecases/context';
import { logProgress } from '../../usecases/measures/logProgress';
import { statusLabel } from '../../views/labels';
import { progressLoggedView } from '../../views/progressLoggedView';
import type { FormSpec } from '../formSpec';
import { LOG_PROGRESS_FORM } from '../ids';
import { required } from './required';

/** Measures the actor may log progress for: their own and their teams'. */
async function loggableMeasures(ctx: UseCaseContext) {
  const { actor } = ctx;
  const measures = await ctx.db.measure.findMany({
    where: { tenantId: actor.tenant.id, OR: [{ responsibleId: actor.personId }, { teamId: { in: actor.teamIds } }] },
    select: { code: true, title: true, progress: true, status: true },
  });
  return measures.sort((a, b) => a.code.localeCompare(b.code, 'de', { numeric: true }));
}

/** The progress form: a measure (prefilled from the measure card's button), percent, status, note. */
export const progressFormSpec: FormSpec = {
  id: LOG_PROGRESS_FORM,
  prefillField: 'measure',
  async build(ctx, { t }, prefillCode) {
    const measures = await loggableMeasures(ctx);
    const selected = measures.find((m) => m.code === prefillCode);
    return {
      id: LOG_PROGRESS_FORM,
      title: t('forms:progressTitle'),
      submitLabel: t('forms:save'),
      fields: [
        { id: 'measure', label: t('forms:measure'), kind: 'select', required: true, initial: selected?.code, options: measures.map((m) => ({ value: m.code, label: `${m.code} ${m.title}` })) },
        { id: 'percent', label: t('forms:percent'), kind: 'number', required: true, initial: selected ? String(selected.progress) : undefined, hint: t('forms:percentHint') },
        { id: 'status', label: t('forms:status'), kind: 'select', required: false, initial: selected?.status, options: MEASURE_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) })) },
        { id: 'note', label: t('forms:note'), kind: 'textarea', required: false, hint: t('forms:noteHint') },
      ],
    };
  },
  async submit(ctx, view, values) {
    const percentText = (values.percent ?? '').trim().replace(/\s*%$/, '');
    if (!/^\d{1,3}$/.test(percentText)) throw new InvalidInputError('parse:invalidPercent', { value: values.percent ?? '' });
    const status = values.status || undefined;
    const result = await logProgress(ctx, {
      measureCode: normalizeCode(required(values.measure, 'measure')),
      percent: Number(percentText),
      status: isMeasureStatus(status) ? status : undefined,
      note: values.note,
    });
    return progressLoggedView(result, view);
  },
  errorFields: [
    [/^measures:(unknown|notYourTeam|busy)/, 'measure'],
    [/^measures:(percentOutOfRange|doneNeedsFull)|^parse:(invalidPercent|percent)/, 'percent'],
    [/noteTooLong$/, 'note'],
  ],
};
