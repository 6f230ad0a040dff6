import { MEASURE_STATUSES } from '../domain/measureStatus';
import { message, type Message } from '../messages/model';
import type { UseCaseContext } from '../usecases/context';
import { statusLabel } from '../views/labels';
import type { ViewContext } from '../views/viewContext';
import { LOG_PROGRESS_FORM } from './formIds';

/** Measures the actor may log progress for: their own and their teams'. */
export async function loggableMeasures(ctx: UseCaseContext) {
  const { actor } = ctx;
  const measures = await ctx.db.measure.findMany({
    where: { tenantId: actor.tenant.id, OR: [{ responsibleId: actor.personId }, { teamId: { in: actor.teamIds } }] },
    select: { code: true, title: true, progress: true, status: true },
  });
  return measures.sort((a, b) => a.code.localeCompare(b.code, 'de', { numeric: true }));
}

export async function progressForm(ctx: UseCaseContext, v: ViewContext, prefillCode?: string): Promise<Message> {
  const { t } = v;
  const measures = await loggableMeasures(ctx);
  const selected = measures.find((m) => m.code === prefillCode);
  const title = t('forms:progressTitle');
  return message(title, [
    {
      type: 'form',
      form: {
        id: LOG_PROGRESS_FORM,
        title,
        submitLabel: t('forms:save'),
        fields: [
          { id: 'measure', label: t('forms:measure'), kind: 'select', required: true, initial: selected?.code, options: measures.map((m) => ({ value: m.code, label: `${m.code} ${m.title}` })) },
          { id: 'percent', label: t('forms:percent'), kind: 'number', required: true, initial: selected ? String(selected.progress) : undefined, hint: t('forms:percentHint') },
          { id: 'status', label: t('forms:status'), kind: 'select', required: false, initial: selected?.status, options: MEASURE_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) })) },
          { id: 'note', label: t('forms:note'), kind: 'textarea', required: false, hint: t('forms:noteHint') },
        ],
      },
    },
  ]);
}
