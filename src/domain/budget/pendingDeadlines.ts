import { DateTime } from 'luxon';
import { isWorkingDay, workingDaysAfter, workingDaysBetween, type WorkingCalendar } from '../workingDays';
import type { BudgetPolicy } from './policy';
import type { RequestStatus } from './requestLifecycle';

export interface PendingRequest {
  status: RequestStatus;
  createdAt: Date;
  lastRemindedAt: Date | null;
}

export type PendingDue = { kind: 'expire' } | { kind: 'remind'; workingDays: number } | { kind: 'none' };

/** The working calendar of the budget rules: weekends, the state's public holidays, the closing days. */
export function calendarOf(policy: BudgetPolicy): WorkingCalendar {
  return { state: policy.holidays.state, closingDays: policy.closingDays };
}

/**
 * What a daily run owes an open request, counted in the municipality's working days from the day it
 * was filed: it expires on the `expireAfterWorkingDays`-th working day (waiting for an answer counts
 * too; a request waiting for the council never expires); a pending one is reminded on the
 * `reminderAfterWorkingDays`-th and then every `reminderRepeatWorkingDays`-th working day after the
 * last reminder. Nothing is due on a day that is not a working day.
 */
export function pendingDue(request: PendingRequest, policy: BudgetPolicy, now: Date, zone: string): PendingDue {
  const calendar = calendarOf(policy);
  if (request.status !== 'pending' && request.status !== 'info_requested') return { kind: 'none' };
  if (!isWorkingDay(DateTime.fromJSDate(now, { zone }), calendar)) return { kind: 'none' };
  if (workingDaysAfter(request.createdAt, policy.expireAfterWorkingDays, calendar, zone) <= now) return { kind: 'expire' };
  if (request.status !== 'pending') return { kind: 'none' };
  const next = request.lastRemindedAt
    ? workingDaysAfter(request.lastRemindedAt, policy.reminderRepeatWorkingDays, calendar, zone)
    : workingDaysAfter(request.createdAt, policy.reminderAfterWorkingDays, calendar, zone);
  return next <= now ? { kind: 'remind', workingDays: workingDaysBetween(request.createdAt, now, calendar, zone) } : { kind: 'none' };
}
