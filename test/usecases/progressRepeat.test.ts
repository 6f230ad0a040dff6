import { beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { logProgress } from '../../src/usecases/measures/logProgress';
import { progressLoggedView } from '../../src/views/progressLoggedView';
import { providers, type TestDatabase } from '../support/databases';
import { contextFor, useSmallTown, type SmallTown } from '../support/fixtures';

const now = new Date('2026-11-20T10:00:00Z');
const view = { t: translator('de'), locale: 'de' as const, zone: 'Europe/Berlin', now };

// Issue 10, item 10: a repeated progress line books nothing and says so; a new note alone is booked and named.
describe.each(providers)('repeating progress on %s', (provider) => {
  const fixture = useSmallTown(provider, now);
  let h: TestDatabase;
  let town: SmallTown;
  beforeEach(() => ({ h, town } = fixture));

  const entries = () => h.db.measureProgress.count({ where: { measureId: town.m1.id } });

  it('books the same line once and answers "nichts geändert" the second time', async () => {
    const first = await contextFor(h.db, 'klein', 'max@klein.de', now, 'req-1');
    const second = await contextFor(h.db, 'klein', 'max@klein.de', now, 'req-2');
    await logProgress(first, { measureCode: 'M-1', percent: 63, status: 'on_track', note: 'Angebot liegt vor' });
    const again = await logProgress(second, { measureCode: 'M-1', percent: 63, status: 'on_track', note: 'Angebot liegt vor' });
    expect(again).toMatchObject({ unchanged: true, before: { percent: 63, status: 'on_track' }, after: { percent: 63, status: 'on_track' } });
    expect(await entries()).toBe(1);
    expect(await h.db.auditLog.count({ where: { entityId: town.m1.id } })).toBe(1);
    expect((await h.db.measure.findUniqueOrThrow({ where: { id: town.m1.id } })).version).toBe(1);
    expect(progressLoggedView(again, view).summary).toBe('M-1 steht schon bei 63 % (im Plan); nichts geändert. Um den Stand zu bestätigen, schreiben Sie eine Notiz dazu.');
    expect((await logProgress(second, { measureCode: 'M-1', percent: 63 })).unchanged).toBe(true);
    expect(await entries()).toBe(1);
  });

  it('books a new note on an unchanged state and says that only the note was saved', async () => {
    const ctx = await contextFor(h.db, 'klein', 'max@klein.de', now);
    await logProgress(ctx, { measureCode: 'M-1', percent: 63, status: 'on_track' });
    const noted = await logProgress(ctx, { measureCode: 'M-1', percent: 63, note: 'Vergabe im Ausschuss' });
    expect(noted.unchanged).toBe(false);
    expect(await entries()).toBe(2);
    const message = progressLoggedView(noted, view);
    expect(message.summary).toBe('Notiz zu M-1 gespeichert; der Stand bleibt bei 63 % (im Plan).');
    expect(JSON.stringify(message.blocks)).toContain('Notiz: Vergabe im Ausschuss');
  });
});
