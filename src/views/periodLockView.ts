import { message, type Message } from '../messages/model';
import { periodLabel } from '../reports/inYear/periodLabel';
import type { PeriodLockChanged } from '../usecases/periods/changePeriodLock';
import type { ViewContext } from './viewContext';

export function periodLockView(result: PeriodLockChanged, v: ViewContext): Message {
  const key = result.locked ? (result.unchanged ? 'periods:alreadyLocked' : 'periods:lockDone') : 'periods:reopened';
  const text = v.t(key, { period: periodLabel(result.period), reason: result.reason ?? '' });
  return message(text, [{ type: 'text', text, tone: result.unchanged ? 'neutral' : 'good' }]);
}
