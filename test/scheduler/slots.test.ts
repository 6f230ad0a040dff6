import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULES, scheduleFor, validateSchedule } from '../../src/scheduler/schedulePolicy';
import { nextSlot, slotKey, slotsBetween } from '../../src/scheduler/slots';

const zone = 'Europe/Berlin';
const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe('schedule slots in the tenant time zone', () => {
  it('puts the Friday digest at 12:00 local time in the weeks of both daylight-saving changes', () => {
    // Clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026.
    expect(iso(slotsBetween(DEFAULT_SCHEDULES.digest, zone, new Date('2026-03-20T00:00Z'), new Date('2026-04-04T00:00Z')))).toEqual([
      '2026-03-20T11:00:00.000Z',
      '2026-03-27T11:00:00.000Z',
      '2026-04-03T10:00:00.000Z',
    ]);
    expect(iso(slotsBetween(DEFAULT_SCHEDULES.digest, zone, new Date('2026-10-16T00:00Z'), new Date('2026-11-01T00:00Z')))).toEqual([
      '2026-10-16T10:00:00.000Z',
      '2026-10-23T10:00:00.000Z',
      '2026-10-30T11:00:00.000Z',
    ]);
    expect(slotKey(new Date('2026-10-30T11:00:00Z'), zone)).toBe('2026-10-30T12:00');
    expect(nextSlot(DEFAULT_SCHEDULES.digest, zone, new Date('2026-11-26T10:00Z')).toISOString()).toBe('2026-11-27T11:00:00.000Z');
  });

  it('refuses schedules between 02:00 and 02:59 and malformed ones, and falls back to the default', () => {
    expect(() => validateSchedule('30 2 * * 0')).toThrow(expect.objectContaining({ messageKey: 'jobs:scheduleInDstGap' }));
    expect(() => validateSchedule('0 1-3 * * *')).toThrow(expect.objectContaining({ messageKey: 'jobs:scheduleInDstGap' }));
    expect(() => validateSchedule('jeden Freitag')).toThrow(expect.objectContaining({ messageKey: 'jobs:scheduleFormat' }));
    expect(scheduleFor({ schedules: { digest: '0 9 * * 1' } }, 'digest')).toBe('0 9 * * 1');
    expect(scheduleFor(null, 'digest')).toBe('0 12 * * 5');
    expect(() => scheduleFor({ schedules: { digest: '15 2 * * 5' } }, 'digest')).toThrow();
  });
});
