import type { SustainabilityCheck } from '../../domain/budget/sustainabilityCheck';
import type { Severity } from '../../alerts/alertMachine';
import type { Trend } from '../../domain/goalAchievement';
import type { MeasureStatus } from '../../domain/measureStatus';

/**
 * The in-year report's figures, as plain JSON (money as cent strings, decimals as strings): what a
 * report snapshot stores, so a posted report is rendered again from it byte for byte.
 */
export interface InYearReport {
  tenantName: string;
  /** The report period's key: `2026-Q3`, `2026-09`. */
  period: string;
  /** The first instant after the period and the instant the figures were read (ISO). */
  periodEnd: string;
  asOf: string;
  yearSharePercent: number;
  fields: FieldReport[];
  /** null: nothing of that kind was ever recorded for the municipality ("no data yet"). */
  alerts: AlertItem[] | null;
  reallocations: { pending: ReallocationItem[]; decided: ReallocationItem[] } | null;
  /** Über- und außerplanmäßige items of the year up to the period's end (§ 83 GO NRW). */
  unplanned: ReallocationItem[] | null;
}

export interface FieldReport {
  code: string;
  name: string;
  /** The English name where one is set (absent in snapshots taken before it was kept). */
  nameEn?: string | null;
  budget: BudgetFigures | null;
  measures: MeasureItem[];
  kpis: KpiItem[];
}

export interface BudgetFigures {
  /** Planned plus reallocated: what the field may spend this year. */
  availableCents: string;
  spentCents: string;
  committedCents: string;
  /** (spent + committed) ÷ available, in percent with one decimal; null without an available amount. */
  executedPercent: number | null;
  lines: number;
}

export interface MeasureItem {
  code: string;
  title: string;
  status: MeasureStatus;
  progress: number;
  dueDate: string | null;
  /** Progress the plan expects at the period's end (time share from start to due date), 0–100; null without dates. */
  plannedProgress: number | null;
  behindPlan: boolean;
  overdue: boolean;
}

export interface KpiPoint {
  period: string;
  value: string | null;
  expected: string | null;
  warning: string | null;
  critical: string | null;
}

export interface KpiItem {
  code: string;
  name: string;
  nameEn?: string | null;
  unit: string;
  decimals: number;
  /** The latest value up to the period's end, the path there, the shortfall in %, its light and trend. */
  latest: { period: string; value: string; expected: string | null; shortfallPct: string | null; severity: Severity | null; trend: Trend } | null;
  /** The year's target and how much of the way from the baseline to it is covered, in percent. */
  target: { year: number; value: string; achievementPct: string | null } | null;
  series: KpiPoint[];
}

export interface AlertItem {
  number: number;
  kpiCode: string | null;
  severity: string;
  state: string;
  period: string | null;
  since: string | null;
}

export interface ReallocationItem {
  /** The request's number ("Nr. 12"). */
  number: number;
  fieldCode: string;
  fromLine: string;
  toLine: string;
  amountCents: string;
  classification: string;
  status: string;
  at: string;
  /** The Nachhaltigkeitscheck; absent in snapshots drafted before it existed, null for requests filed before. */
  sustainability?: SustainabilityCheck | null;
}
