import type { Alert } from '../generated/postgresql/client';
import type { Db, Tx } from '../db/client';
import type { AlertStatus, Severity, Transition } from './alertMachine';
import type { Observation } from './observations';

export type AlertRow = Alert;
export type AlertKind = 'kpi_off_target' | 'kpi_missing' | 'budget';

/** The row an alert is about: a KPI or a budget line. */
export type AlertOf = { kpiId: string } | { budgetLineId: string };

const FINGERPRINTS: Record<AlertKind, (id: string) => string> = {
  kpi_off_target: (id) => `kpi:${id}:off_target`,
  kpi_missing: (id) => `kpi:${id}:missing`,
  budget: (id) => `budget:${id}:spending`,
};

/** One alert per subject and condition. */
export const fingerprintOf = (kind: AlertKind, subjectId: string) => FINGERPRINTS[kind](subjectId);
const subjectIdOf = (of: AlertOf) => ('kpiId' in of ? of.kpiId : of.budgetLineId);

/** Another evaluation changed the alert between our read and our write; the caller evaluates again. */
export class AlertChangedConcurrently extends Error {}

export const statusOf = (row: AlertRow): AlertStatus => ({
  state: row.state as AlertStatus['state'],
  severity: row.severity as Severity,
  offPeriods: row.offPeriods,
  onPeriods: row.onPeriods,
  episode: row.episode,
});

interface Save {
  tenantId: string;
  kind: AlertKind;
  of: AlertOf;
  previous?: AlertRow;
  status: AlertStatus;
  transition?: Transition;
  /** The latest observation (off target, budget spending) or the overdue period (missing data). */
  observation?: Partial<Observation> & { period: string };
  now: Date;
}

/**
 * Writes an alert's new status. A new alert gets the tenant's next number; an existing one is
 * updated only if nobody changed it since it was read (else AlertChangedConcurrently), so two
 * replicas evaluating at once never both send a transition.
 */
export async function saveAlert(db: Db | Tx, s: Save): Promise<AlertRow> {
  const { status, transition, now } = s;
  const startsEpisode = transition === 'pending' || (transition === 'fired' && s.previous?.state !== 'pending');
  const data = {
    state: status.state,
    severity: status.severity,
    offPeriods: status.offPeriods,
    onPeriods: status.onPeriods,
    episode: status.episode,
    updatedAt: now,
    ...(s.observation && {
      period: s.observation.period,
      value: s.observation.value?.toString() ?? null,
      expected: s.observation.expected?.toString() ?? null,
      deviationPct: s.observation.deviationPct?.toDecimalPlaces(2).toString() ?? null,
    }),
    ...(startsEpisode && { acknowledgedAt: null, acknowledgedById: null, snoozedUntil: null, snoozedById: null, resolvedAt: null, threadRef: null, escalatedAt: null }),
    ...(transition === 'fired' && { firedAt: now, lastNotifiedAt: now }),
    ...(transition === 'escalated' && { escalatedAt: now }),
    ...(transition === 'resolved' && { resolvedAt: now }),
  };
  if (!s.previous) {
    const last = await db.alert.aggregate({ where: { tenantId: s.tenantId }, _max: { number: true } });
    return db.alert.create({
      data: { ...data, tenantId: s.tenantId, kind: s.kind, ...s.of, fingerprint: fingerprintOf(s.kind, subjectIdOf(s.of)), number: (last._max.number ?? 0) + 1, createdAt: now },
    });
  }
  const p = s.previous;
  const updated = await db.alert.updateMany({
    where: { id: p.id, state: p.state, episode: p.episode, offPeriods: p.offPeriods, onPeriods: p.onPeriods, severity: p.severity, updatedAt: p.updatedAt },
    data,
  });
  if (updated.count === 0) throw new AlertChangedConcurrently(`alert ${p.number} changed while it was evaluated`);
  return db.alert.findUniqueOrThrow({ where: { id: p.id } });
}
