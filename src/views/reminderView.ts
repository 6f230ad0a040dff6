import { formatDate } from '../format';
import { localizedName } from '../format/localizedName';
import { LOG_PROGRESS_FORM, RECORD_KPI_FORM } from '../interactions/ids';
import { message, type Block, type Message } from '../messages/model';
import { periodLabel } from '../reports/inYear/periodLabel';
import type { Reminder } from '../reminders/dueReminders';
import type { ReminderState } from '../usecases/reminders/setReminders';
import type { ViewContext } from './viewContext';

/** At most this many items in one reminder (two blocks each, within Slack's 50 blocks); `meine` lists the rest. */
export const REMINDER_ITEMS = 20;

/** The weekly reminder: measures without an update for a week and overdue KPI values, each with its form's button. */
export function reminderMessage(r: Pick<Reminder, 'measures' | 'kpis'>, v: ViewContext): Message {
  const { t } = v;
  const title = t('reminders:title');
  const blocks: Block[] = [{ type: 'heading', text: title }];
  const items = [
    ...r.measures.map((m) => ({
      text: m.lastUpdateAt ? t('reminders:measure', { code: m.code, title: m.title, date: formatDate(m.lastUpdateAt, v.locale, v.zone) }) : t('reminders:measureNever', { code: m.code, title: m.title }),
      button: { action: LOG_PROGRESS_FORM, label: t('reminders:progressButton'), value: m.code, style: 'primary' as const },
    })),
    ...r.kpis.map((k) => ({
      text: t('reminders:kpi', { code: k.code, name: localizedName(k, v.locale), period: periodLabel(k.period) }),
      button: { action: RECORD_KPI_FORM, label: t('alerts:recordButton'), value: k.code },
    })),
  ];
  for (const item of items.slice(0, REMINDER_ITEMS)) {
    blocks.push({ type: 'text', text: item.text });
    blocks.push({ type: 'actions', buttons: [item.button] });
  }
  if (items.length > REMINDER_ITEMS) blocks.push({ type: 'context', text: t('reminders:more', { count: items.length - REMINDER_ITEMS }) });
  blocks.push({ type: 'context', text: t('reminders:pauseHint') });
  return message(t('reminders:summary', { count: items.length }), blocks, 'user');
}

/** The answer to `erinnerung [aus|an]`. */
export function reminderStateView(state: ReminderState, v: ViewContext): Message {
  const { t } = v;
  let text: string;
  if (state.changed) text = t(state.pausedAt ? 'reminders:paused' : 'reminders:resumed');
  else text = state.pausedAt ? t('reminders:statePaused', { date: formatDate(state.pausedAt, v.locale, v.zone) }) : t('reminders:stateOn');
  return message(text, [{ type: 'text', text, tone: state.pausedAt ? 'neutral' : 'good' }]);
}
