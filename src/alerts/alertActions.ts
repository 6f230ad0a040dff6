import { DateTime } from 'luxon';
import { ConflictError, InvalidInputError } from '../domain/errors';
import { MAX_SNOOZE_DAYS } from './alertPolicy';

interface AlertRef {
  number: number;
  state: string;
}

/** A firing alert becomes acknowledged; anything else is refused with what it is. */
export function checkAcknowledge(alert: AlertRef): void {
  if (alert.state === 'acknowledged') throw new ConflictError('alerts:alreadyAcknowledged', { number: alert.number });
  if (alert.state !== 'firing') throw new ConflictError('alerts:notOpen', { number: alert.number });
}

/** The end of a snooze of `days` whole days in the tenant's zone; 1 to the tenant's maximum (at most 90). */
export function snoozeEnd(alert: AlertRef, days: number, maxDays: number, now: Date, zone: string): Date {
  const max = Math.min(maxDays, MAX_SNOOZE_DAYS);
  if (!Number.isInteger(days) || days < 1 || days > max) throw new InvalidInputError('alerts:snoozeDays', { days, max });
  if (alert.state !== 'firing' && alert.state !== 'acknowledged') throw new ConflictError('alerts:notOpen', { number: alert.number });
  return DateTime.fromJSDate(now, { zone }).plus({ days }).toJSDate();
}

/** Whether an unacknowledged firing alert is due to be sent again (not while snoozed). */
export function repeatDue(alert: { state: string; lastNotifiedAt: Date | null; snoozedUntil: Date | null }, now: Date, repeatDays: number, zone: string): boolean {
  if (alert.state !== 'firing' || !alert.lastNotifiedAt) return false;
  if (alert.snoozedUntil && alert.snoozedUntil > now) return false;
  const due = DateTime.fromJSDate(alert.lastNotifiedAt, { zone }).plus({ days: repeatDays });
  return due.toMillis() <= now.getTime();
}
