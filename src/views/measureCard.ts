import { formatDate } from '../format';
import { localizedName } from '../format/localizedName';
import { LOG_PROGRESS_FORM, REFRESH_MEASURE_ACTION } from '../interactions/ids';
import { message, type Block, type Message } from '../messages/model';
import type { MeasureDetails } from '../usecases/measures/showMeasure';
import { statusLabel, statusTone } from './labels';
import type { ViewContext } from './viewContext';

export function measureCard({ measure, history, canLog }: MeasureDetails, v: ViewContext): Message {
  const { t } = v;
  const date = (d: Date) => formatDate(d, v.locale, v.zone);
  const goal = measure.operationalGoal;
  const fields = [
    { label: t('measures:actionField'), value: localizedName(measure.team.actionField, v.locale) },
    { label: t('measures:team'), value: measure.team.name },
    { label: t('measures:responsible'), value: measure.responsible?.displayName ?? t('measures:nobody') },
    { label: t('measures:status'), value: statusLabel(t, measure.status) },
    { label: t('measures:lastUpdate'), value: measure.lastUpdateAt ? date(measure.lastUpdateAt) : t('measures:never') },
    ...(measure.dueDate ? [{ label: t('measures:dueDate'), value: date(measure.dueDate) }] : []),
    ...(goal ? [{ label: t('measures:goal'), value: `${goal.code} ${goal.title}` }] : []),
    ...(goal ? [{ label: t('measures:strategicGoal'), value: `${goal.strategicGoal.code} ${goal.strategicGoal.title}` }] : []),
  ];
  const blocks: Block[] = [
    { type: 'heading', text: t('measures:cardTitle', { code: measure.code, title: measure.title }) },
    ...(measure.description ? [{ type: 'text' as const, text: measure.description }] : []),
    { type: 'progress', label: t('measures:progress'), percent: measure.progress, tone: statusTone(measure.status) },
    { type: 'fields', fields },
    { type: 'heading', text: t('measures:historyHeading') },
    history.length === 0
      ? { type: 'context', text: t('measures:noHistory') }
      : {
          type: 'list',
          items: history.map((h) => {
            const entry = t('measures:historyEntry', { date: date(h.createdAt), author: h.authorName, percent: h.percent, status: statusLabel(t, h.status) });
            return h.note ? `${entry} – ${h.note}` : entry;
          }),
        },
  ];
  blocks.push({
    type: 'actions',
    buttons: [
      ...(canLog ? [{ action: LOG_PROGRESS_FORM, label: t('measures:logProgressButton'), value: measure.code, style: 'primary' as const }] : []),
      { action: REFRESH_MEASURE_ACTION, label: t('measures:refreshButton'), value: measure.code },
    ],
  });
  return message(t('measures:cardTitle', { code: measure.code, title: measure.title }), blocks);
}
