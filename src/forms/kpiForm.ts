import { latestDuePeriod, periodKey, type Frequency } from '../domain/period';
import { message, type Message } from '../messages/model';
import type { UseCaseContext } from '../usecases/context';
import type { ViewContext } from '../views/viewContext';
import { RECORD_KPI_FORM } from './formIds';

export async function kpiForm(ctx: UseCaseContext, v: ViewContext, prefillCode?: string): Promise<Message> {
  const { t } = v;
  const kpis = await ctx.db.kpi.findMany({ where: { tenantId: ctx.actor.tenant.id, teamId: { in: ctx.actor.teamIds } }, orderBy: { code: 'asc' } });
  const selected = kpis.find((k) => k.code === prefillCode);
  const duePeriod = selected ? periodKey(latestDuePeriod(selected.frequency as Frequency, ctx.now, v.zone)) : undefined;
  const title = t('forms:kpiTitle');
  return message(title, [
    {
      type: 'form',
      form: {
        id: RECORD_KPI_FORM,
        title,
        submitLabel: t('forms:save'),
        fields: [
          { id: 'kpi', label: t('forms:kpi'), kind: 'select', required: true, initial: selected?.code, options: kpis.map((k) => ({ value: k.code, label: `${k.code} ${k.name} (${k.unit})` })) },
          { id: 'value', label: t('forms:value'), kind: 'text', required: true, hint: t('forms:valueHint') },
          { id: 'period', label: t('forms:period'), kind: 'text', required: false, initial: duePeriod, hint: t('forms:periodHint') },
          { id: 'note', label: t('forms:note'), kind: 'textarea', required: false, hint: t('forms:noteHint') },
        ],
      },
    },
  ]);
}
