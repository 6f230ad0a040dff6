import { daysBetween, formatDate } from '../format';
import { localizedName } from '../format/localizedName';
import { periodKey } from '../domain/period';
import { message, type Block, type Message } from '../messages/model';
import type { MyWork } from '../usecases/measures/listMine';
import { statusLabel } from './labels';
import type { ViewContext } from './viewContext';

/** Days without an update after which a measure is flagged in lists (DESIGN §9: reminders after 7, digests 14). */
export const STALE_AFTER_DAYS = 14;

export function mineView({ measures, dueKpis }: MyWork, v: ViewContext): Message {
  const { t } = v;
  const blocks: Block[] = [{ type: 'heading', text: t('measures:mineHeading') }];
  if (measures.length === 0) blocks.push({ type: 'context', text: t('measures:mineEmpty') });
  else {
    blocks.push({
      type: 'table',
      columns: [
        { header: t('measures:mineColumnCode') },
        { header: t('measures:mineColumnTitle') },
        { header: t('measures:mineColumnStatus') },
        { header: t('measures:mineColumnProgress'), align: 'right' },
        { header: t('measures:mineColumnUpdate') },
      ],
      rows: measures.map((m) => [m.code, m.title, statusLabel(t, m.status), `${m.progress} %`, lastUpdate(m.lastUpdateAt, v)]),
    });
  }
  blocks.push({ type: 'heading', text: t('measures:dueKpisHeading') });
  if (dueKpis.length === 0) blocks.push({ type: 'context', text: t('measures:noDueKpis') });
  else {
    blocks.push({
      type: 'list',
      items: dueKpis.map((d) => t(d.overdue ? 'measures:kpiOverdue' : 'measures:kpiDue', { code: d.kpi.code, name: localizedName(d.kpi, v.locale), period: periodKey(d.period) })),
    });
  }
  const exampleMeasure = measures.find((m) => m.status !== 'done') ?? measures[0];
  if (exampleMeasure && dueKpis[0]) blocks.push({ type: 'context', text: t('measures:mineHint', { code: exampleMeasure.code, kpi: dueKpis[0].kpi.code }) });
  return message(t('measures:mineSummary', { measures: measures.length, kpis: dueKpis.length }), blocks);
}

function lastUpdate(at: Date | null, v: ViewContext): string {
  if (!at) return v.t('measures:never');
  const days = daysBetween(at, v.now, v.zone);
  const date = formatDate(at, v.locale, v.zone);
  return days >= STALE_AFTER_DAYS ? `${date} (${v.t('measures:mineStale', { days })})` : date;
}
