import type { periods as de } from '../de/periods';

export const periods: Record<keyof typeof de, string> = {
  locked: 'The period {{period}} has been locked since {{date}} ({{by}}): values and postings of this period are no longer accepted. The treasury can reopen it with “unlock {{period}} <reason>”.',
  lockDone: 'The period {{period}} is locked. Its report is stored; KPI values and postings of the period are refused until the treasury reopens it with “unlock {{period}} <reason>”.',
  budgetYearLocked: 'The budget year {{year}} takes no more postings: the period {{period}}, which holds the year’s end, has been locked since {{date}} ({{by}}). The treasury can reopen it with “unlock {{period}} <reason>”.',
  alreadyLocked: 'The period {{period}} is already locked.',
  reopened: 'The period {{period}} is open again (reason: {{reason}}). Corrections are possible; “lock {{period}}” closes it again.',
  notEnded: 'The period {{period}} has not ended yet; only ended periods can be locked.',
  notLocked: 'The period {{period}} is not locked.',
  notTreasury: 'Only the treasury (or the administration) may lock and reopen periods.',
};
