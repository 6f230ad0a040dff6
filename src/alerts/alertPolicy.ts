import { z } from 'zod';

/** A tenant's alert rules (DESIGN §8, §9); KPIs may override the thresholds. */
export interface AlertPolicy {
  /** Whether the tenant's KPIs and budget lines are evaluated for alerts at all (on by default). */
  enabled: boolean;
  /** Shortfall against the target path, in %, above which a value is off the path (warning / critical). */
  warningPct: number;
  criticalPct: number;
  /** Consecutive periods off the path before an alert fires (N), on it before it resolves (M). */
  pendingPeriods: number;
  resolvePeriods: number;
  /** An unacknowledged firing alert is sent again after this many days. */
  repeatDays: number;
  /** The longest snooze the tenant allows (at most 90 days). */
  maxSnoozeDays: number;
  /** Budget lines: spending ahead of the year's share, in % of it (warning / critical); the KPI thresholds when unset. */
  budgetWarningPct?: number;
  budgetCriticalPct?: number;
}

export const DEFAULT_ALERT_POLICY: AlertPolicy = { enabled: true, warningPct: 5, criticalPct: 15, pendingPeriods: 2, resolvePeriods: 1, repeatDays: 7, maxSnoozeDays: 90 };

export const MAX_SNOOZE_DAYS = 90;

const days = (max: number) => z.number().int().min(1).max(max);
const alertsSchema = z
  .object({
    enabled: z.boolean(),
    warningPct: z.number().int().min(0).max(1000),
    criticalPct: z.number().int().min(0).max(1000),
    pendingPeriods: days(24),
    resolvePeriods: days(24),
    repeatDays: days(365),
    maxSnoozeDays: days(MAX_SNOOZE_DAYS),
    budgetWarningPct: z.number().int().min(0).max(1000),
    budgetCriticalPct: z.number().int().min(0).max(1000),
  })
  .partial();
const policySchema = z.object({ alerts: alertsSchema.optional() }).passthrough();

/** The tenant's alert policy from its policy JSON; an invalid or missing entry falls back to the defaults. */
export function alertPolicy(policy: unknown): AlertPolicy {
  const parsed = policySchema.safeParse(policy ?? {});
  return { ...DEFAULT_ALERT_POLICY, ...(parsed.success ? parsed.data.alerts : {}) };
}

/** The thresholds of one KPI: its own where set, the tenant's otherwise. */
export function thresholdsFor(kpi: { warningPct: number | null; criticalPct: number | null }, policy: AlertPolicy): { warningPct: number; criticalPct: number } {
  return { warningPct: kpi.warningPct ?? policy.warningPct, criticalPct: kpi.criticalPct ?? policy.criticalPct };
}

/** The thresholds of budget lines' spending alerts: the tenant's budget thresholds, else its KPI thresholds. */
export function budgetThresholdsOf(policy: AlertPolicy): { warningPct: number; criticalPct: number } {
  return { warningPct: policy.budgetWarningPct ?? policy.warningPct, criticalPct: policy.budgetCriticalPct ?? policy.criticalPct };
}
