import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WESEL_DIR } from '../../../src/demo/weselPlan';
import { translator } from '../../../src/i18n';
import { decideReallocation } from '../../../src/usecases/budget/decideReallocation';
import { fileReallocation } from '../../../src/usecases/budget/fileReallocation';
import { proposeReallocation, type ReallocationInput } from '../../../src/usecases/budget/proposeReallocation';
import { lockPeriod, reopenPeriod } from '../../../src/usecases/periods/changePeriodLock';
import { providers } from '../../support/databases';
import { contextFor, useSmallTown } from '../../support/fixtures';
import { runOperatorCommand } from '../../support/operatorCli';
import { seedBudgetTown } from './budgetTown';

const DECEMBER = new Date('2026-12-15T09:00:00Z');
/** The treasury closes 2026 by locking its last quarter. */
const CLOSING = new Date('2027-01-12T09:00:00Z');
const Q3 = { frequency: 'quarterly', year: 2026, index: 3 } as const;
const Q4 = { frequency: 'quarterly', year: 2026, index: 4 } as const;
const LOCKED = 'Das Haushaltsjahr 2026 nimmt keine Buchungen mehr an: der Zeitraum Q4/2026 mit dem Jahresende ist seit 12.01.2027 gesperrt (Tina Kämmerin).';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v2030-lock-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(providers)('a period lock guards budget postings (%s)', (provider) => {
  const fixture = useSmallTown(provider, DECEMBER);
  const as = (email: string, now: Date) => contextFor(fixture.h.db, 'klein', email, now);
  const internal: ReallocationInput = { amountCents: 1_000_000n, fromCode: 'KLI-01', toCode: 'KLI-02', reason: 'Mehr Dämmstoff nötig', effect: '+', effectNote: 'Dämmung senkt den Wärmebedarf' };
  const lineIn = async (code: string) => (await fixture.h.db.budgetLine.findFirstOrThrow({ where: { code } })).reallocatedInCents;
  const refusal = (error: unknown) => {
    const e = error as { messageKey: string; params: Record<string, string | number> };
    return translator('de')(e.messageKey, e.params);
  };

  it('refuses approving a request of a budget year whose last quarter is locked, naming the lock; rejecting stays possible; after reopening it is applied', async () => {
    await seedBudgetTown(fixture.h.db, fixture.town);
    const max = await as('max@klein.de', DECEMBER);
    await proposeReallocation(max, internal);
    await fileReallocation(max);
    await proposeReallocation(max, { ...internal, amountCents: 200_000n });
    await fileReallocation(max);
    // Locking Q3 in October leaves the year open: postings after it are dated in Q4.
    await lockPeriod(await as('tina@klein.de', new Date('2026-10-12T09:00:00Z')), Q3);
    await lockPeriod(await as('tina@klein.de', CLOSING), Q4);

    const refused = await decideReallocation(await as('lea@klein.de', CLOSING), 1, { type: 'approve' }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ messageKey: 'periods:budgetYearLocked', params: { year: 2026, period: 'Q4/2026', by: 'Tina Kämmerin' } });
    expect(refusal(refused)).toContain(LOCKED);
    expect(await lineIn('KLI-02')).toBe(0n);
    expect(await fixture.h.db.reallocationRequest.findFirstOrThrow({ where: { number: 1 } })).toMatchObject({ status: 'pending', version: 0 });
    expect(await decideReallocation(await as('lea@klein.de', CLOSING), 2, { type: 'reject', comment: 'Jahr abgeschlossen' })).toMatchObject({ status: 'rejected', applied: false });

    await reopenPeriod(await as('tina@klein.de', CLOSING), Q4, 'Nachbuchung Umschichtung 1');
    expect(await decideReallocation(await as('lea@klein.de', CLOSING), 1, { type: 'approve' })).toMatchObject({ status: 'approved', applied: true });
    expect(await lineIn('KLI-02')).toBe(1_000_000n);
  });

  it('refuses filing a December draft of the year after its last quarter was locked, naming the lock', async () => {
    await seedBudgetTown(fixture.h.db, fixture.town);
    await proposeReallocation(await as('max@klein.de', new Date('2026-12-30T09:00:00Z')), internal);
    await lockPeriod(await as('tina@klein.de', CLOSING), Q4);
    const max = await as('max@klein.de', new Date('2027-01-13T09:00:00Z'));
    const refused = await fileReallocation(max).catch((e: unknown) => e);
    expect(refusal(refused)).toContain(LOCKED);
    expect(await fixture.h.db.reallocationRequest.count()).toBe(0);
    expect(await fixture.h.db.budgetLedgerEntry.count({ where: { kind: { startsWith: 'reallocation' } } })).toBe(0);
    // Reopened, the December draft is filed into 2026, the year it was made for.
    await reopenPeriod(await as('tina@klein.de', CLOSING), Q4, 'Nachtrag');
    expect(await fileReallocation(max)).toMatchObject({ number: 1, status: 'pending' });
    expect((await fixture.h.db.reallocationRequest.findFirstOrThrow()).year).toBe(2026);
  });

  it('refuses `import budget --update` and new lines into the closed year, and applies them once reopened', { timeout: 120_000 }, async () => {
    await seedBudgetTown(fixture.h.db, fixture.town);
    const v2030 = (...args: string[]) => runOperatorCommand(['import', 'budget', ...args, '--year', '2026', '--amount-column', 'Plan 2017', '--mapping', mapping], { DATABASE_URL: fixture.h.target.url, V2030_TENANT: 'klein' });
    const mapping = path.join(dir, `mob-${provider}.csv`);
    fs.writeFileSync(mapping, 'Produkt;Handlungsfeld\n1201;MOB\n');
    const plan = fs.readFileSync(path.join(WESEL_DIR, 'hhplan2017.csv'), 'latin1').split('\r\n').filter(Boolean);
    const original = path.join(dir, `plan-${provider}.csv`);
    fs.writeFileSync(original, Buffer.from(plan.join('\r\n'), 'latin1'));
    const changed = path.join(dir, `changed-${provider}.csv`);
    const changedLines = plan.map((l) => {
      const cells = l.split(';');
      if (cells[1] !== 'L12010299901' || cells[3] !== '52420000') return l;
      cells[8] = '99.999,00';
      return cells.join(';');
    });
    fs.writeFileSync(changed, Buffer.from(changedLines.join('\r\n'), 'latin1'));

    await lockPeriod(await as('tina@klein.de', CLOSING), Q4);
    const created = await v2030(original);
    expect(created.code).toBe(1);
    expect(created.stderr).toContain(LOCKED);
    expect(await fixture.h.db.budgetLine.count({ where: { code: 'L12010299901/52420000' } })).toBe(0);

    await reopenPeriod(await as('tina@klein.de', CLOSING), Q4, 'Planimport');
    expect((await v2030(original)).code).toBe(0);
    const before = await fixture.h.db.budgetLine.findFirstOrThrow({ where: { code: 'L12010299901/52420000' } });
    await lockPeriod(await as('tina@klein.de', CLOSING), Q4);
    const update = await v2030(changed, '--update');
    expect(update.code).toBe(1);
    expect(update.stderr).toContain(LOCKED);
    expect((await fixture.h.db.budgetLine.findUniqueOrThrow({ where: { id: before.id } })).plannedCents).toBe(before.plannedCents);
    // Without --update a changed figure is only reported, nothing is posted: not refused.
    expect((await v2030(changed)).code).toBe(0);

    await reopenPeriod(await as('tina@klein.de', CLOSING), Q4, 'Nachtragshaushalt');
    expect((await v2030(changed, '--update')).stdout).toContain('Importiert: 0 Haushaltspositionen angelegt, 1 geändert.');
    expect((await fixture.h.db.budgetLine.findUniqueOrThrow({ where: { id: before.id } })).plannedCents).toBe(9_999_900n);
  });
});
