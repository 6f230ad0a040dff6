import { z } from 'zod';
import { DEFAULT_REPORT_FREQUENCY, REPORT_FREQUENCIES, type ReportFrequency } from '../domain/reportPeriods';
import { DEFAULT_CALENDAR, type WorkingCalendar } from '../domain/workingDays';

export interface ReportPolicy {
  frequency: ReportFrequency;
  calendar: WorkingCalendar;
}

const GERMAN_STATES = ['BB', 'BE', 'BW', 'BY', 'HB', 'HE', 'HH', 'MV', 'NI', 'NW', 'RP', 'SH', 'SL', 'SN', 'ST', 'TH'] as const;

export const reportPolicySchema = z.object({
  frequency: z.enum(REPORT_FREQUENCIES).optional(),
  state: z.enum(GERMAN_STATES).optional(),
  closingDays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).optional(),
});
const policySchema = z.object({ reports: reportPolicySchema.optional() }).passthrough();

/** The tenant's report settings from its policy JSON (`reports`: frequency, federal state, closing days); defaults where missing or invalid. */
export function reportPolicy(policy: unknown): ReportPolicy {
  const parsed = policySchema.safeParse(policy ?? {});
  const reports = parsed.success ? parsed.data.reports : undefined;
  return {
    frequency: reports?.frequency ?? DEFAULT_REPORT_FREQUENCY,
    calendar: { state: reports?.state ?? DEFAULT_CALENDAR.state, closingDays: reports?.closingDays ?? DEFAULT_CALENDAR.closingDays },
  };
}
