import { describe, expect, it } from 'vitest';
import { inSequence } from '../../src/db/inSequence';

describe('inSequence', () => {
  it('starts each query only when the one before has finished, and returns the results in order', async () => {
    const events: string[] = [];
    const query = (name: string, value: number) => async () => {
      events.push(`start ${name}`);
      await new Promise((resolve) => setImmediate(resolve));
      events.push(`end ${name}`);
      return value;
    };
    const [a, b, c] = await inSequence([query('a', 1), query('b', 2), async () => 'three']);
    expect([a, b, c]).toEqual([1, 2, 'three']);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b']);
  });
});
