import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NRW_PRESET } from '../../../src/domain/budget/nrwPreset';
import { calendarOf, pendingDue, type PendingRequest } from '../../../src/domain/budget/pendingDeadlines';
import { workingDaysBetween } from '../../../src/domain/workingDays';

const zone = 'Europe/Berlin';
/** Filed on Maundy Thursday 2026, 10:00: Good Friday and Easter Monday are NRW holidays. */
const FILED = new Date('2026-04-02T08:00:00Z');
const at = (day: string) => new Date(`${day}T06:00:00Z`); // 08:00 in Berlin, when the daily run looks
const pending = (extra: Partial<PendingRequest> = {}): PendingRequest => ({ status: 'pending', createdAt: FILED, lastRemindedAt: null, ...extra });

describe('reminders and expiry of open reallocation requests, in NRW working days', () => {
  it('reminds on the third working day after filing, skipping Easter; then every second working day', () => {
    expect(pendingDue(pending(), NRW_PRESET, at('2026-04-08'), zone)).toEqual({ kind: 'none' });
    expect(pendingDue(pending(), NRW_PRESET, at('2026-04-09'), zone)).toEqual({ kind: 'remind', workingDays: 3 });
    const reminded = pending({ lastRemindedAt: at('2026-04-09') });
    expect(pendingDue(reminded, NRW_PRESET, at('2026-04-10'), zone)).toEqual({ kind: 'none' });
    expect(pendingDue(reminded, NRW_PRESET, at('2026-04-11'), zone)).toEqual({ kind: 'none' }); // Saturday
    expect(pendingDue(reminded, NRW_PRESET, at('2026-04-13'), zone)).toEqual({ kind: 'remind', workingDays: 5 });
  });

  it('expires on the 20th working day (1 May is a holiday); a question open counts, the council\'s wait does not', () => {
    expect(pendingDue(pending({ lastRemindedAt: at('2026-05-04') }), NRW_PRESET, at('2026-05-04'), zone)).toEqual({ kind: 'none' });
    expect(pendingDue(pending(), NRW_PRESET, at('2026-05-05'), zone)).toEqual({ kind: 'expire' });
    expect(pendingDue(pending({ status: 'info_requested' }), NRW_PRESET, at('2026-04-09'), zone)).toEqual({ kind: 'none' });
    expect(pendingDue(pending({ status: 'info_requested' }), NRW_PRESET, at('2026-05-05'), zone)).toEqual({ kind: 'expire' });
    expect(pendingDue(pending({ status: 'awaiting_council' }), NRW_PRESET, at('2026-09-01'), zone)).toEqual({ kind: 'none' });
    expect(pendingDue(pending({ status: 'approved' }), NRW_PRESET, at('2026-09-01'), zone)).toEqual({ kind: 'none' });
  });

  it('counts the municipality\'s own closing days as days off', () => {
    const policy = { ...NRW_PRESET, closingDays: ['2026-04-07', '2026-04-08'] };
    expect(pendingDue(pending(), policy, at('2026-04-09'), zone)).toEqual({ kind: 'none' });
    expect(pendingDue(pending(), policy, at('2026-04-13'), zone)).toEqual({ kind: 'remind', workingDays: 3 });
  });

  it('never reminds or expires early, and never on a day off (any filing time, any run time)', () => {
    const instant = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-06-30T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 60 * 24 * 3600 * 1000 }), fc.option(fc.integer({ min: 0, max: 20 * 24 * 3600 * 1000 })), (createdAt, wait, sinceReminder) => {
        const now = new Date(createdAt.getTime() + wait);
        const lastRemindedAt = sinceReminder === null ? null : new Date(Math.max(createdAt.getTime(), now.getTime() - sinceReminder));
        const due = pendingDue({ status: 'pending', createdAt, lastRemindedAt }, NRW_PRESET, now, zone);
        const worked = workingDaysBetween(createdAt, now, calendarOf(NRW_PRESET), zone);
        if (due.kind === 'expire') expect(worked).toBeGreaterThanOrEqual(NRW_PRESET.expireAfterWorkingDays);
        if (due.kind === 'remind') {
          expect(due.workingDays).toBe(worked);
          expect(worked).toBeLessThan(NRW_PRESET.expireAfterWorkingDays);
          if (!lastRemindedAt) expect(worked).toBeGreaterThanOrEqual(NRW_PRESET.reminderAfterWorkingDays);
          else expect(workingDaysBetween(lastRemindedAt, now, calendarOf(NRW_PRESET), zone)).toBeGreaterThanOrEqual(NRW_PRESET.reminderRepeatWorkingDays);
        }
        if (due.kind === 'none' && !lastRemindedAt && worked >= NRW_PRESET.reminderAfterWorkingDays) {
          // Only a day off keeps a due reminder back.
          expect(workingDaysBetween(new Date(now.getTime() - 86_400_000), now, calendarOf(NRW_PRESET), zone)).toBe(0);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
