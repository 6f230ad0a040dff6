import { message, type Block, type Message } from '../messages/model';
import type { ProgressLogged } from '../usecases/measures/logProgress';
import { statusLabel, statusTone } from './labels';
import type { ViewContext } from './viewContext';

export function progressLoggedView(result: ProgressLogged, { t }: ViewContext): Message {
  const { measure, before, after } = result;
  if (result.duplicate) {
    const text = t('measures:duplicate', { code: measure.code });
    return message(text, [{ type: 'text', text, tone: 'neutral' }]);
  }
  const state = { code: measure.code, title: measure.title, percent: after.percent, status: statusLabel(t, after.status) };
  if (result.unchanged) {
    const text = t('measures:unchanged', state);
    return message(text, [{ type: 'text', text, tone: 'neutral' }]);
  }
  const noteOnly = before.percent === after.percent && before.status === after.status;
  if (noteOnly) {
    const text = t('measures:noteOnly', state);
    return message(text, [{ type: 'text', text, tone: 'good' }, { type: 'context', text: t('measures:noteSaved', { note: result.note ?? '' }) }]);
  }
  const headline = t('measures:progressLogged', { code: measure.code, title: measure.title, percent: after.percent, status: statusLabel(t, after.status) });
  const details = [t('measures:progressChange', { percent: before.percent, status: statusLabel(t, before.status) })];
  if (before.status !== after.status) details.push(t('measures:statusChanged', { from: statusLabel(t, before.status), to: statusLabel(t, after.status) }));
  if (result.note) details.push(t('measures:noteSaved', { note: result.note }));
  const blocks: Block[] = [
    { type: 'text', text: headline, tone: 'good' },
    { type: 'progress', label: measure.code, percent: after.percent, tone: statusTone(after.status) },
    { type: 'context', text: details.join(' ') },
  ];
  return message(headline, blocks);
}
