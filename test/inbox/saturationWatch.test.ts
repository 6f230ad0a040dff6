import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchSaturation } from '../../src/inbox/saturationWatch';

describe('watchSaturation', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports saturated at high utilisation and free only below the lower mark', () => {
    vi.useFakeTimers();
    // Cumulative idle/active milliseconds; each step adds one 250-ms interval at the given utilisation.
    let idle = 0;
    let active = 0;
    const step = (utilization: number) => {
      active += 250 * utilization;
      idle += 250 * (1 - utilization);
      vi.advanceTimersByTime(250);
    };
    const changes: boolean[] = [];
    const watch = watchSaturation({ onChange: (s) => changes.push(s), reading: () => ({ idle, active }) });
    step(0.3);
    step(0.8);
    expect(changes).toEqual([]);
    step(0.95);
    expect(changes).toEqual([true]);
    expect(watch.saturated()).toBe(true);
    step(0.6); // between the marks: stays saturated
    step(0.7);
    expect(changes).toEqual([true]);
    step(0.2);
    expect(changes).toEqual([true, false]);
    step(0.86);
    expect(changes).toEqual([true, false, true]);
    watch.stop();
    step(0.1);
    expect(changes).toEqual([true, false, true]);
  });
});
