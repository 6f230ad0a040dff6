import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAlert, type AlertStatus, type Severity, type Transition } from '../../src/alerts/alertMachine';

type Obs = Severity | undefined;
const rules = { pendingPeriods: 2, resolvePeriods: 1 };

/** Runs a series value by value, as recorded, evaluating after each; returns the transitions heard. */
function run(series: Obs[], r = rules) {
  let status: AlertStatus | undefined;
  const heard: Transition[] = [];
  for (let i = 1; i <= series.length; i++) {
    const next = evaluateAlert(status, series.slice(0, i), r);
    if (next?.transition) heard.push(next.transition);
    status = next?.status ?? status;
  }
  return { status, heard };
}

/** The reference: a plain step machine, one observation at a time, with acknowledgements. */
function reference(steps: (Obs | 'ack')[], n: number, m: number) {
  let state = 'normal';
  let off = 0;
  let on = 0;
  let fired = 0;
  let resolved = 0;
  for (const step of steps) {
    if (step === 'ack') {
      if (state === 'firing') state = 'acknowledged';
      continue;
    }
    if (step) [off, on] = [off + 1, 0];
    else [off, on] = [0, on + 1];
    if ((state === 'normal' || state === 'resolved' || state === 'pending') && off > 0) {
      if (off >= n) [state, fired] = ['firing', fired + 1];
      else state = 'pending';
    } else if (state === 'pending' && off === 0) state = 'normal';
    else if ((state === 'firing' || state === 'acknowledged') && on >= m) [state, resolved] = ['resolved', resolved + 1];
  }
  return { state, fired, resolved };
}

const obs = fc.constantFrom<Obs>('warning', 'critical', undefined, undefined);

describe('alert state machine', () => {
  it('goes pending, fires after N periods off the path and resolves after M on it', () => {
    const { status, heard } = run(['warning', 'warning', undefined]);
    expect(heard).toEqual(['pending', 'fired', 'resolved']);
    expect(status).toMatchObject({ state: 'resolved', episode: 1, onPeriods: 1, offPeriods: 0 });
  });

  it('does not fire when the KPI returns to the path while pending; nothing to keep while all is well', () => {
    expect(run(['critical', undefined]).heard).toEqual(['pending', 'cleared']);
    expect(evaluateAlert(undefined, [undefined, undefined], rules)).toBeUndefined();
  });

  it('raises the severity in place while it fires, and a new episode after resolving', () => {
    expect(run(['warning', 'warning', 'critical']).heard).toEqual(['pending', 'fired', 'escalated']);
    const again = run(['warning', 'warning', undefined, 'critical', 'critical']);
    expect(again.heard).toEqual(['pending', 'fired', 'resolved', 'pending', 'fired']);
    expect(again.status).toMatchObject({ state: 'firing', severity: 'critical', episode: 2 });
  });

  it('a correction that removes the cause resolves', () => {
    const firing = run(['warning', 'critical']).status!;
    const corrected = evaluateAlert(firing, ['warning', undefined], rules);
    expect(corrected).toMatchObject({ status: { state: 'resolved' }, transition: 'resolved' });
  });

  it('the same series evaluated again changes nothing (one value never alerts twice)', () => {
    fc.assert(
      fc.property(fc.array(obs, { maxLength: 30 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }), (series, n, m) => {
        const r = { pendingPeriods: n, resolvePeriods: m };
        const { status } = run(series, r);
        const again = evaluateAlert(status, series, r);
        expect(again?.transition).toBeUndefined();
        expect(again?.status).toEqual(status);
      }),
    );
  });

  it('matches the reference model on generated series with acknowledgements', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(obs, fc.constant<'ack'>('ack')), { maxLength: 40 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }), (steps, n, m) => {
        const r = { pendingPeriods: n, resolvePeriods: m };
        const series: Obs[] = [];
        let status: AlertStatus | undefined;
        const heard: Transition[] = [];
        for (const step of steps) {
          if (step === 'ack') {
            if (status?.state === 'firing') status = { ...status, state: 'acknowledged' };
            continue;
          }
          series.push(step);
          const next = evaluateAlert(status, series, r);
          if (next?.transition) heard.push(next.transition);
          status = next?.status ?? status;
        }
        const expected = reference(steps, n, m);
        expect(status?.state ?? 'normal').toBe(expected.state);
        expect(heard.filter((t) => t === 'fired')).toHaveLength(expected.fired);
        expect(heard.filter((t) => t === 'resolved')).toHaveLength(expected.resolved);
        // one episode per time it left normal or resolved, and at most one firing per episode
        expect(expected.fired).toBeLessThanOrEqual(status?.episode ?? 0);
      }),
    );
  });

  it('missing data is the same machine with N = M = 1: overdue fires at once, a value resolves', () => {
    const missing = { pendingPeriods: 1, resolvePeriods: 1 };
    const fired = evaluateAlert(undefined, ['warning'], missing);
    expect(fired).toMatchObject({ status: { state: 'firing' }, transition: 'fired' });
    expect(evaluateAlert(fired!.status, [undefined], missing)).toMatchObject({ status: { state: 'resolved' }, transition: 'resolved' });
  });
});
