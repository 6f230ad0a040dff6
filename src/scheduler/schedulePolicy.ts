import { CronExpressionParser } from 'cron-parser';
import { z } from 'zod';
import { InvalidInputError } from '../domain/errors';

/** Jobs a tenant can schedule, with the defaults users expect (DESIGN §9). */
export const DEFAULT_SCHEDULES = { digest: '0 12 * * 5', report: '0 9 * * 1-5', alerts: '0 7 * * *', reminders: '0 9 * * 1-5', approvals: '0 8 * * 1-5' } as const;
export type JobName = keyof typeof DEFAULT_SCHEDULES;

const policySchema = z.object({ schedules: z.record(z.string(), z.string()).optional() }).passthrough();

/**
 * Checks a cron expression for a tenant's job. Times between 02:00 and 02:59 are refused: on the
 * day clocks change they either do not exist or happen twice, and node-cron silently skips them.
 */
export function validateSchedule(cron: string): string {
  // Five fields (minute hour day month weekday); a leading seconds field is accepted too.
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5 && fields.length !== 6) throw new InvalidInputError('jobs:scheduleFormat', { cron });
  try {
    CronExpressionParser.parse(cron);
  } catch {
    throw new InvalidInputError('jobs:scheduleFormat', { cron });
  }
  const hours = CronExpressionParser.parse(cron).fields.hour.values;
  if (hours.includes(2 as never)) throw new InvalidInputError('jobs:scheduleInDstGap', { cron });
  return cron.trim();
}

/** The tenant's schedule for a job: its policy's entry when valid, the default otherwise. */
export function scheduleFor(policy: unknown, job: JobName): string {
  const parsed = policySchema.safeParse(policy ?? {});
  const custom = parsed.success ? parsed.data.schedules?.[job] : undefined;
  return custom ? validateSchedule(custom) : DEFAULT_SCHEDULES[job];
}
