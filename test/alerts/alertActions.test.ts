import { describe, expect, it } from 'vitest';
import { checkAcknowledge, repeatDue, snoozeEnd } from '../../src/alerts/alertActions';
import { alertPolicy, DEFAULT_ALERT_POLICY, thresholdsFor } from '../../src/alerts/alertPolicy';

const zone = 'Europe/Berlin';

describe('acknowledging, snoozing, repeating', () => {
  it('acknowledges only a firing alert', () => {
    expect(() => checkAcknowledge({ number: 3, state: 'firing' })).not.toThrow();
    expect(() => checkAcknowledge({ number: 3, state: 'acknowledged' })).toThrow(expect.objectContaining({ messageKey: 'alerts:alreadyAcknowledged' }));
    expect(() => checkAcknowledge({ number: 3, state: 'resolved' })).toThrow(expect.objectContaining({ messageKey: 'alerts:notOpen', params: { number: 3 } }));
  });

  it('snoozes 1 to the tenant maximum of days, in the tenant zone across the DST change', () => {
    const now = new Date('2026-10-20T08:00:00Z'); // 10:00 CEST
    expect(snoozeEnd({ number: 1, state: 'firing' }, 7, 90, now, zone).toISOString()).toBe('2026-10-27T09:00:00.000Z'); // 10:00 CET
    expect(() => snoozeEnd({ number: 1, state: 'firing' }, 0, 90, now, zone)).toThrow(expect.objectContaining({ messageKey: 'alerts:snoozeDays', params: { days: 0, max: 90 } }));
    expect(() => snoozeEnd({ number: 1, state: 'firing' }, 31, 30, now, zone)).toThrow(expect.objectContaining({ params: { days: 31, max: 30 } }));
    expect(() => snoozeEnd({ number: 1, state: 'resolved' }, 3, 90, now, zone)).toThrow(expect.objectContaining({ messageKey: 'alerts:notOpen' }));
  });

  it('repeats an unacknowledged firing alert after the interval, not while snoozed', () => {
    const last = new Date('2026-11-01T08:00:00Z');
    const alert = { state: 'firing', lastNotifiedAt: last, snoozedUntil: null };
    expect(repeatDue(alert, new Date('2026-11-08T07:59:00Z'), 7, zone)).toBe(false);
    expect(repeatDue(alert, new Date('2026-11-08T08:00:00Z'), 7, zone)).toBe(true);
    expect(repeatDue({ ...alert, state: 'acknowledged' }, new Date('2026-11-20T08:00:00Z'), 7, zone)).toBe(false);
    expect(repeatDue({ ...alert, snoozedUntil: new Date('2026-11-10T00:00:00Z') }, new Date('2026-11-09T08:00:00Z'), 7, zone)).toBe(false);
  });

  it('reads the tenant policy, KPI thresholds first', () => {
    expect(alertPolicy(null)).toEqual(DEFAULT_ALERT_POLICY);
    const policy = alertPolicy({ alerts: { pendingPeriods: 3, maxSnoozeDays: 30 }, schedules: {} });
    expect(policy).toMatchObject({ pendingPeriods: 3, maxSnoozeDays: 30, resolvePeriods: 1 });
    expect(alertPolicy({ alerts: { maxSnoozeDays: 365 } }).maxSnoozeDays).toBe(90);
    expect(thresholdsFor({ warningPct: 10, criticalPct: null }, policy)).toEqual({ warningPct: 10, criticalPct: 15 });
  });
});
