import { describe, expect, it } from 'vitest';
import { NRW_PRESET_INPUT } from '../../../src/domain/budget/nrwPreset';
import { decideAndUpdate, fileAndAnnounce } from '../../../src/usecases/budget/chatReallocation';
import { proposeReallocation } from '../../../src/usecases/budget/proposeReallocation';
import { setSubscription } from '../../../src/usecases/subscriptions/setSubscription';
import { providers } from '../../support/databases';
import { contextFor, useSmallTown } from '../../support/fixtures';
import { seedBudgetTown } from './budgetTown';

const NOW = new Date('2026-06-15T08:00:00Z');
const channel = { id: 'C0KAEMMEREI', workspaceId: 'T0KLEIN', kind: 'channel' as const, name: 'kaemmerei', platform: 'slack' };

describe.each(providers)('§81 early warning to the treasury (%s)', (provider) => {
  const fixture = useSmallTown(provider, NOW);
  const as = (email: string) => contextFor(fixture.h.db, 'klein', email, NOW);

  /** The town's 2026 rules: warn above 10.000 € and 20.000 € of §83 items; no council consent in the way. */
  const setUp = async () => {
    const { db } = fixture.h;
    const town = await seedBudgetTown(db, fixture.town);
    const tenantId = fixture.town.tenant.id;
    await db.budgetYear.update({
      where: { tenantId_year: { tenantId, year: 2026 } },
      data: { policy: { ...NRW_PRESET_INPUT, materialityThresholdCents: 100_000_000, supplementaryBudgetWarningsCents: [1_000_000, 2_000_000] } },
    });
    await db.platformIdentity.create({ data: { tenantId, personId: town.tina.id, platform: 'slack', externalUserId: 'U-TINA' } });
    const subscribed = await setSubscription({ ...(await as('tina@klein.de')), conversation: channel }, 'treasury', undefined, true);
    expect(subscribed).toMatchObject({ kind: 'treasury', active: true, unchanged: false });
    return town;
  };
  /** Max asks to move `cents` from KLI-01 to MOB-01 (another joint budget: überplanmäßig); Tina approves. */
  const overplanned = async (cents: bigint) => {
    const ctx = await as('max@klein.de');
    await proposeReallocation(ctx, { amountCents: cents, fromCode: 'KLI-01', toCode: 'MOB-01', reason: 'Radweg', justification: 'Verkehrssicherungspflicht', effect: '+', effectNote: 'Radverkehr ersetzt Autofahrten' });
    const filed = await fileAndAnnounce(ctx);
    return filed.number;
  };
  const approve = async (number: number) => decideAndUpdate(await as('tina@klein.de'), number, { type: 'approve' });
  const warnings = () => fixture.h.db.supplementaryBudgetWarning.findMany({ orderBy: { thresholdCents: 'asc' }, select: { year: true, thresholdCents: true, totalCents: true } });
  const posts = () => fixture.h.db.outboxMessage.findMany({ where: { kind: 'budget_warning' }, orderBy: { dedupeKey: 'asc' }, select: { dedupeKey: true, personId: true, conversationId: true, payload: true } });

  it('warns the treasury channel and the treasurer once, when the year’s §83 total passes a threshold (not at it)', async () => {
    const { tina } = await setUp();
    await approve(await overplanned(600_000n));
    await approve(await overplanned(400_000n));
    expect(await warnings()).toEqual([]); // 10.000,00 € exactly: at the threshold, not above it
    await approve(await overplanned(1n));
    expect(await warnings()).toEqual([{ year: 2026, thresholdCents: 1_000_000n, totalCents: 1_000_001n }]);
    const sent = await posts();
    expect(sent.map((p) => [p.dedupeKey, p.conversationId === channel.id, p.personId])).toEqual([
      [expect.stringMatching(/^supplementary:2026:1000000:p:/), false, tina.id],
      [expect.stringMatching(/^supplementary:2026:1000000:s:/), true, null],
    ]);
    const text = JSON.stringify(sent[1]!.payload);
    expect(text).toContain('Frühwarnung Nachtragssatzung (§ 81 GO NRW)');
    expect(text).toContain('betragen jetzt 10.000,01\u00a0€ und liegen über der Schwelle von 10.000,00\u00a0€');
    expect(text).toContain('Antrag Nr. 3');
    // Further §83 approvals below the next threshold warn nobody again.
    await approve(await overplanned(500_000n));
    expect(await posts()).toHaveLength(2);
    expect(await fixture.h.db.auditLog.count({ where: { action: 'budget.supplementary_warning' } })).toBe(1);
  });

  it('warns of each threshold one approval passes, in the treasurer’s language; internal reallocations never count', async () => {
    const { tina } = await setUp();
    await fixture.h.db.person.update({ where: { id: tina.id }, data: { locale: 'en' } });
    const ctx = await as('max@klein.de');
    await proposeReallocation(ctx, { amountCents: 3_000_000n, fromCode: 'KLI-01', toCode: 'KLI-02', reason: 'intern', effect: '0', effectNote: 'reine Umbuchung' });
    await decideAndUpdate(await as('lea@klein.de'), (await fileAndAnnounce(ctx)).number, { type: 'approve' });
    expect(await warnings()).toEqual([]);
    await approve(await overplanned(2_500_000n));
    expect((await warnings()).map((w) => w.thresholdCents)).toEqual([1_000_000n, 2_000_000n]);
    const direct = (await posts()).filter((p) => p.personId === tina.id);
    expect(direct).toHaveLength(2);
    expect(JSON.stringify(direct[0]!.payload)).toContain('Early warning: supplementary budget (§ 81 GO NRW)');
  });

  it('warns once when concurrent approvals pass the threshold only together', async () => {
    await setUp();
    const numbers = [await overplanned(600_000n), await overplanned(600_000n)];
    const outcomes = await Promise.all(numbers.map(approve));
    expect(outcomes.map((o) => o.applied)).toEqual([true, true]);
    expect(await warnings()).toEqual([{ year: 2026, thresholdCents: 1_000_000n, totalCents: 1_200_000n }]);
    expect(await posts()).toHaveLength(2);
  });

  it('lets only the treasury or the administration subscribe a channel to it, for all fields', async () => {
    await seedBudgetTown(fixture.h.db, fixture.town);
    await expect(setSubscription({ ...(await as('lea@klein.de')), conversation: channel }, 'treasury', undefined, true)).rejects.toMatchObject({ messageKey: 'subscriptions:treasuryOnly' });
    await expect(setSubscription({ ...(await as('tina@klein.de')), conversation: channel }, 'treasury', 'KLI', true)).rejects.toMatchObject({ messageKey: 'subscriptions:treasuryOnly' });
  });
});
