/**
 * The alert state machine (DESIGN §8), counted in reporting periods: normal → pending (off the
 * path, fewer than N periods in a row) → firing (N in a row) → acknowledged (by a person) →
 * resolved (M periods in a row on the path). It is evaluated from the latest observations, not
 * stepped per value, so a correction of an earlier period counts like any value and the same series
 * evaluated twice changes nothing: one value never alerts twice.
 */
export const ALERT_STATES = ['normal', 'pending', 'firing', 'acknowledged', 'resolved'] as const;
export type AlertState = (typeof ALERT_STATES)[number];
export type Severity = 'warning' | 'critical';

export interface AlertStatus {
  state: AlertState;
  severity: Severity;
  /** Periods in a row off the path (ending with the latest), and on it. */
  offPeriods: number;
  onPeriods: number;
  /** Counts the times it left normal/resolved; notifications are keyed by it. */
  episode: number;
}

/** What a change means for people: only `fired`, `escalated` and `resolved` are notified. */
export type Transition = 'pending' | 'fired' | 'escalated' | 'resolved' | 'cleared';

export interface MachineRules {
  /** N: periods in a row off the path before it fires. */
  pendingPeriods: number;
  /** M: periods in a row on the path before a firing alert resolves. */
  resolvePeriods: number;
}

const rank = { warning: 1, critical: 2 } as const;

/** Trailing runs of a series of observations (undefined severity: on the path), oldest first. */
export function trailingRuns(severities: readonly (Severity | undefined)[]): { offPeriods: number; onPeriods: number; severity?: Severity } {
  let offPeriods = 0;
  let onPeriods = 0;
  let severity: Severity | undefined;
  for (let i = severities.length - 1; i >= 0; i--) {
    const s = severities[i];
    if (s && onPeriods === 0) {
      offPeriods++;
      if (!severity || rank[s] > rank[severity]) severity = s;
    } else if (!s && offPeriods === 0) onPeriods++;
    else break;
  }
  return { offPeriods, onPeriods, ...(severity && { severity }) };
}

/**
 * The next status of an alert from its previous one (undefined: it never existed) and the
 * severities of the KPI's observations, oldest first. Returns undefined when there is nothing to
 * keep (no alert and nothing off the path), and the transition people hear about, if any.
 */
export function evaluateAlert(
  previous: AlertStatus | undefined,
  severities: readonly (Severity | undefined)[],
  rules: MachineRules,
): { status: AlertStatus; transition?: Transition } | undefined {
  const run = trailingRuns(severities);
  const state = previous?.state ?? 'normal';
  const counts = { offPeriods: run.offPeriods, onPeriods: run.onPeriods };
  if (state === 'normal' || state === 'resolved') {
    if (run.offPeriods === 0) return previous && { status: { ...previous, ...counts } };
    const episode = previous ? previous.episode + 1 : 1;
    const fires = run.offPeriods >= rules.pendingPeriods;
    return { status: { state: fires ? 'firing' : 'pending', severity: run.severity!, ...counts, episode }, transition: fires ? 'fired' : 'pending' };
  }
  const prev = previous!;
  if (state === 'pending') {
    if (run.offPeriods === 0) return { status: { ...prev, ...counts, state: 'normal' }, transition: 'cleared' };
    const fires = run.offPeriods >= rules.pendingPeriods;
    return { status: { ...prev, ...counts, severity: run.severity!, state: fires ? 'firing' : 'pending' }, ...(fires && { transition: 'fired' as const }) };
  }
  // firing or acknowledged
  if (run.onPeriods >= rules.resolvePeriods) return { status: { ...prev, ...counts, state: 'resolved' }, transition: 'resolved' };
  const severity = run.severity ?? prev.severity;
  const rises = rank[severity] > rank[prev.severity];
  return { status: { ...prev, ...counts, severity }, ...(rises && { transition: 'escalated' as const }) };
}

/** Whether a person can acknowledge or snooze it now: only while it fires or is acknowledged. */
export const isOpen = (state: string): boolean => state === 'firing' || state === 'acknowledged';
