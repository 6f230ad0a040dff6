import { describe, expect, it } from 'vitest';
import { createBot } from '../../../src/bot/bot';
import { fixedClock } from '../../../src/clock';
import { decideReallocation } from '../../../src/usecases/budget/decideReallocation';
import { delegateApproval } from '../../../src/usecases/budget/delegateApproval';
import { fileReallocation } from '../../../src/usecases/budget/fileReallocation';
import { proposeReallocation } from '../../../src/usecases/budget/proposeReallocation';
import { providers } from '../../support/databases';
import { contextFor, useSmallTown } from '../../support/fixtures';
import { capturingLogger } from '../../support/logs';
import { seedBudgetTown } from './budgetTown';

const NOW = new Date('2026-06-15T08:00:00Z');

describe.each(providers)('delegation to a deputy (%s)', (provider) => {
  const fixture = useSmallTown(provider, NOW);
  const as = (email: string) => contextFor(fixture.h.db, 'klein', email, NOW);
  const say = (email: string, text: string) =>
    createBot({ db: fixture.h.db, clock: fixedClock(NOW), logger: capturingLogger().logger }).handleText({ platform: 'console', tenant: { slug: 'klein' }, userId: email, text, requestId: 'r-1' });

  it('names a deputy in chat for a period, audited, and refuses what is no delegation', async () => {
    const { tina } = await seedBudgetTown(fixture.h.db, fixture.town);
    const reply = await say('tina@klein.de', 'vertretung olga@klein.de 15.06.2026 30.06.2026 KLI');
    expect(reply.summary).toBe('Olga Außen vertritt Sie bei Umschichtungen vom 15.06.2026 bis 30.06.2026 (Klima).');
    const row = await fixture.h.db.budgetDelegation.findFirstOrThrow();
    // From the first day's start to the end of the last day, Berlin time.
    expect(row).toMatchObject({ fromPersonId: tina.id, toPersonId: fixture.town.olga.id, startsOn: new Date('2026-06-14T22:00:00Z'), endsOn: new Date('2026-06-30T22:00:00Z') });
    expect(await fixture.h.db.auditLog.count({ where: { action: 'budget.delegation.created', entityId: row.id } })).toBe(1);
    const refused = async (email: string, input: Parameters<typeof delegateApproval>[1]) => delegateApproval(await as(email), input).catch((e: { messageKey: string }) => e.messageKey);
    const period = { startsOn: '2026-06-15', endsOn: '2026-06-30' };
    expect(await refused('max@klein.de', { deputyEmail: 'olga@klein.de', ...period })).toBe('budgetOversight:delegateNotDecider');
    expect(await refused('tina@klein.de', { deputyEmail: 'tina@klein.de', ...period })).toBe('budgetOversight:delegateSelf');
    expect(await refused('tina@klein.de', { deputyEmail: 'nobody@klein.de', ...period })).toBe('budgetOversight:delegateUnknownPerson');
    expect(await refused('tina@klein.de', { deputyEmail: 'olga@klein.de', startsOn: '2026-06-30', endsOn: '2026-06-15' })).toBe('budgetOversight:delegateOrder');
    expect(await refused('tina@klein.de', { deputyEmail: 'olga@klein.de', startsOn: '2026-06-01', endsOn: '2026-06-14' })).toBe('budgetOversight:delegatePast');
    expect((await say('tina@klein.de', 'vertretung olga@klein.de morgen 30.06.2026')).summary).toContain('„morgen“ ist kein Datum');
    expect(await fixture.h.db.budgetDelegation.count()).toBe(1);
  });

  it('lets the deputy decide with the approver’s roles, but four-eyes counts the approver once', async () => {
    const { tina } = await seedBudgetTown(fixture.h.db, fixture.town);
    await delegateApproval(await as('tina@klein.de'), { deputyEmail: 'olga@klein.de', startsOn: '2026-06-15', endsOn: '2026-06-30' });
    // 55.000 € inside the joint budget: the upper internal tier, two distinct approvers.
    const max = await as('max@klein.de');
    await proposeReallocation(max, { amountCents: 5_500_000n, fromCode: 'KLI-01', toCode: 'KLI-02', reason: 'Sanierung', effect: '+', effectNote: 'weniger Wärmebedarf' });
    const { number } = await fileReallocation(max);
    expect(await decideReallocation(await as('tina@klein.de'), number, { type: 'approve' })).toMatchObject({ status: 'pending', approvals: 1 });
    await expect(decideReallocation(await as('olga@klein.de'), number, { type: 'approve' })).rejects.toMatchObject({ messageKey: 'budget:alreadyApproved' });
    expect(await decideReallocation(await as('anna@klein.de'), number, { type: 'approve' })).toMatchObject({ status: 'approved', applied: true });

    // A second request: the deputy approves for Tina first; Tina herself may not add the second approval.
    await proposeReallocation(max, { amountCents: 100n, fromCode: 'KLI-01', toCode: 'MOB-01', reason: 'Radweg', justification: 'Verkehrssicherung', effect: '0', effectNote: 'Ersatz' });
    const second = (await fileReallocation(max)).number;
    expect(await decideReallocation(await as('olga@klein.de'), second, { type: 'approve' })).toMatchObject({ applied: true, onBehalfOfId: tina.id });
  });
});
