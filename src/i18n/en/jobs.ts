import type { jobs as de } from '../de/jobs';

export const jobs: Record<keyof typeof de, string> = {
  scheduleFormat: '"{{cron}}" is not a valid schedule. Five fields are expected (minute hour day month weekday), e.g. "0 12 * * 5" for Fridays 12:00.',
  scheduleInDstGap: '"{{cron}}" falls between 02:00 and 02:59. On the days clocks change that hour does not exist or happens twice; please choose another time.',
};
