import { DateTime } from 'luxon';
import { viewFor } from '../alerts/notifyAlerts';
import { isWorkingDay, type WorkingCalendar } from '../domain/workingDays';
import { enqueueDirect } from '../outbox/enqueue';
import { reportPolicy } from '../reports/reportPolicy';
import type { JobDefinition } from '../scheduler/job';
import { latestOnly } from '../scheduler/job';
import { reminderMessage } from '../views/reminderView';
import { dueReminders } from './dueReminders';

/** Whether the day is the first working day of its week: Monday, or the day after a Monday holiday (Easter Monday → Tuesday). */
export function firstWorkingDayOfWeek(at: Date, calendar: WorkingCalendar, zone: string): boolean {
  const day = DateTime.fromJSDate(at, { zone }).startOf('day');
  if (!isWorkingDay(day, calendar)) return false;
  for (let before = day.minus({ days: 1 }); before.weekday < day.weekday; before = before.minus({ days: 1 })) {
    if (isWorkingDay(before, calendar)) return false;
  }
  return true;
}

/**
 * The weekly progress reminder (DESIGN §9): on the week's first working day at 09:00 (scheduled
 * every weekday, so a Monday holiday moves it to Tuesday), a direct message to each person with
 * something due (dueReminders). Keyed by the week and the person, so a rerun or a second replica
 * sends nothing twice; people who paused reminders (`erinnerung aus`) get none.
 */
export const reminderJob: JobDefinition = {
  name: 'reminders',
  catchUp: latestOnly,
  async run({ db, tenant, slotTime, now, logger }) {
    const row = await db.tenant.findUniqueOrThrow({ where: { id: tenant.id }, select: { policy: true } });
    if (!firstWorkingDayOfWeek(slotTime, reportPolicy(row.policy).calendar, tenant.timeZone)) return;
    const week = DateTime.fromJSDate(slotTime, { zone: tenant.timeZone }).toFormat("kkkk-'W'WW");
    const view = viewFor(tenant, now);
    const reminders = await dueReminders(db, tenant.id, now, tenant.timeZone);
    for (const r of reminders) {
      const message = reminderMessage(r, view(r.locale));
      for (const platform of r.platforms) {
        await enqueueDirect(db, { tenantId: tenant.id, kind: 'reminder', platform, personId: r.personId, dedupeKey: `reminder:${week}:${r.personId}:${platform}`, message }, now);
      }
    }
    logger.info({ people: reminders.length, week }, 'reminders enqueued');
  },
};
