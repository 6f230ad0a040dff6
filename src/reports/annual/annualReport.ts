/**
 * The annual goal-achievement report's figures (for the Lagebericht), as plain JSON (money as cent
 * strings, decimals as strings): what a report snapshot stores, so a report is rendered again from it.
 */
export interface AnnualReport {
  tenantName: string;
  year: number;
  /** The first instant after the year and the instant the figures were read (ISO). */
  yearEnd: string;
  asOf: string;
  /** The year has not ended yet: the figures are an interim state. */
  interim: boolean;
  strategicGoals: StrategicGoalReport[];
}

export interface GoalFigures {
  /** Mean degree of achievement of the goal's KPIs, each counted 0–100; null without a KPI that has one. */
  achievementPct: string | null;
  measures: { total: number; done: number };
  budget: GoalBudget | null;
}

export interface StrategicGoalReport extends GoalFigures {
  code: string;
  title: string;
  fieldCode: string;
  fieldName: string;
  /** The field's English name where one is set (absent in snapshots taken before it was kept). */
  fieldNameEn?: string | null;
  sdgs: string;
  operationalGoals: OperationalGoalReport[];
}

export interface OperationalGoalReport extends GoalFigures {
  code: string;
  title: string;
  sdgs: string;
  /** The NKF budget product whose lines are the goal's budget. */
  productCode: string | null;
  kpis: AnnualKpi[];
}

/** Expense and investment lines of the year: available (planned + reallocated) and spent; used = spent ÷ available. */
export interface GoalBudget {
  availableCents: string;
  spentCents: string;
  usedPercent: number | null;
}

export interface AnnualKpi {
  code: string;
  name: string;
  nameEn?: string | null;
  unit: string;
  decimals: number;
  baseline: { year: number; value: string } | null;
  target: { year: number; value: string } | null;
  /** The latest value up to the year's end. */
  latest: { period: string; value: string } | null;
  /** Share of the way from the baseline to the year's target covered (100 = reached), whole percent. */
  achievementPct: string | null;
}
