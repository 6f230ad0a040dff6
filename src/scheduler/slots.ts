import { CronExpressionParser } from 'cron-parser';
import { DateTime } from 'luxon';

/** A slot is the scheduled instant written in the tenant's local time: `2026-11-27T12:00`. */
export function slotKey(at: Date, zone: string): string {
  const local = DateTime.fromJSDate(at, { zone });
  return local.toFormat(local.second === 0 ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss");
}

/** Scheduled instants of `cron` in `zone` after `from` and at or before `to`, oldest first. */
export function slotsBetween(cron: string, zone: string, from: Date, to: Date): Date[] {
  const iterator = CronExpressionParser.parse(cron, { currentDate: new Date(to.getTime() + 1), tz: zone });
  const slots: Date[] = [];
  for (;;) {
    const previous = iterator.prev().toDate();
    if (previous <= from) break;
    slots.unshift(previous);
  }
  return slots;
}

export function nextSlot(cron: string, zone: string, after: Date): Date {
  return CronExpressionParser.parse(cron, { currentDate: after, tz: zone }).next().toDate();
}
