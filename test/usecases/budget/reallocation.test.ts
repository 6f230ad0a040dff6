import { describe, expect, it } from 'vitest';
import { availableCents } from '../../../src/domain/budget/lines';
import { decideReallocation } from '../../../src/usecases/budget/decideReallocation';
import { fileReallocation } from '../../../src/usecases/budget/fileReallocation';
import { lineColumns, snapshotOf } from '../../../src/usecases/budget/lineSnapshot';
import { proposeReallocation, type ReallocationInput } from '../../../src/usecases/budget/proposeReallocation';
import { showJointBudget } from '../../../src/usecases/budget/showBudget';
import { providers } from '../../support/databases';
import { contextFor, useSmallTown } from '../../support/fixtures';
import { seedBudgetTown } from './budgetTown';

const NOW = new Date('2026-06-15T08:00:00Z');

describe.each(providers)('joint budgets and reallocations (%s)', (provider) => {
  const fixture = useSmallTown(provider, NOW);
  const as = (email: string) => contextFor(fixture.h.db, 'klein', email, NOW);
  const line = (code: string) => fixture.h.db.budgetLine.findFirstOrThrow({ where: { code }, select: lineColumns });
  const request = async (email: string, input: ReallocationInput) => {
    const ctx = await as(email);
    const proposal = await proposeReallocation(ctx, input);
    return { proposal, filed: await fileReallocation(ctx) };
  };
  const internal = (amountCents: bigint): ReallocationInput => ({ amountCents, fromCode: 'KLI-01', toCode: 'kli-02', reason: 'Mehr Dämmstoff nötig', effect: '+', effectNote: 'Dämmung senkt den Wärmebedarf' });

  it('shows the joint budget with each line, totals and execution against the year', async () => {
    await seedBudgetTown(fixture.h.db, fixture.town);
    const figures = await showJointBudget(await as('max@klein.de'));
    expect(figures.budget.name).toBe('Gemeinsames Budget Klima 2026');
    expect(figures.lines.map((l) => [l.code, l.availableCents, l.blocked])).toEqual([
      ['KLI-01', 6_000_000n, false],
      ['KLI-02', 5_000_000n, false],
      ['KLI-03', 2_000_000n, true],
      ['KLI-04', 2_000_000n, false],
    ]);
    expect(figures.totals).toMatchObject({ plannedCents: 19_000_000n, spentCents: 3_000_000n, committedCents: 1_000_000n });
    expect(figures.spentPercent).toBe(15.8);
    expect(figures.yearElapsedPercent).toBe(45);
    expect((await showJointBudget(await as('olga@klein.de'), 'mob')).budget.field.code).toBe('MOB');
  });

  it('files an internal reallocation after confirmation; the lead approves it and both lines change once', async () => {
    const { lines } = await seedBudgetTown(fixture.h.db, fixture.town);
    const { proposal, filed } = await request('max@klein.de', internal(2_500_000n));
    expect(proposal.classification).toMatchObject({ kind: 'internal', legalBasis: '§ 21 KomHVO NRW', tier: { level: 'team_lead', approvals: 1 } });
    expect(proposal.deciders.map((d) => d.displayName)).toEqual(['Anna Approver', 'Lea Lead']);
    expect(filed).toMatchObject({ number: 1, status: 'pending', duplicate: false });
    await expect(decideReallocation(await as('max@klein.de'), 1, { type: 'approve' })).rejects.toMatchObject({ messageKey: 'budget:ownRequest' });
    await expect(decideReallocation(await as('tina@klein.de'), 1, { type: 'approve' })).rejects.toMatchObject({ messageKey: 'budget:notAuthorised' });
    const outcome = await decideReallocation(await as('lea@klein.de'), 1, { type: 'approve', comment: 'passt' });
    expect(outcome).toMatchObject({ status: 'approved', applied: true });
    expect(availableCents(snapshotOf(await line('KLI-01')))).toBe(3_500_000n);
    expect((await line('KLI-02')).reallocatedInCents).toBe(2_500_000n);
    const ledger = await fixture.h.db.budgetLedgerEntry.findMany({ where: { reallocationId: outcome.id }, orderBy: { kind: 'asc' } });
    expect(ledger.map((e) => [e.budgetLineId, e.kind, e.amountCents])).toEqual([
      [lines.k2.id, 'reallocation_in', 2_500_000n],
      [lines.k1.id, 'reallocation_out', 2_500_000n],
    ]);
    await expect(decideReallocation(await as('anna@klein.de'), 1, { type: 'approve' })).rejects.toMatchObject({
      messageKey: 'budget:already_approved',
      params: { by: 'Lea Lead', at: '15.06.2026, 10:00' },
    });
    expect(await fixture.h.db.auditLog.count({ where: { entity: 'ReallocationRequest', entityId: outcome.id } })).toBe(2);
    expect(await fixture.h.db.reallocationDraft.count()).toBe(0);
  });

  it('refuses blocked lines, earmarked funds and more than is available, naming the rule', async () => {
    await seedBudgetTown(fixture.h.db, fixture.town);
    const ctx = await as('max@klein.de');
    const refused = async (input: ReallocationInput) => (await proposeReallocation(ctx, input)).classification;
    expect(await refused({ ...internal(100n), toCode: 'KLI-03' })).toMatchObject({ kind: 'refused', rule: 'blocked', legalBasis: '§ 25 KomHVO NRW' });
    expect(await refused({ ...internal(100n), fromCode: 'KLI-04' })).toMatchObject({ kind: 'refused', rule: 'earmark' });
    expect(await refused(internal(6_000_001n))).toMatchObject({ kind: 'refused', rule: 'insufficient_funds', availableCents: 6_000_000n });
    await expect(fileReallocation(ctx)).rejects.toMatchObject({ messageKey: 'budget:noDraft' });
    await expect(proposeReallocation(ctx, { ...internal(100n), toCode: 'KLI-99' })).rejects.toMatchObject({ messageKey: 'budget:unknownLine', params: { closest: 'KLI-01' } });
    await expect(proposeReallocation(await as('olga@klein.de'), internal(100n))).rejects.toMatchObject({ kind: 'not_found' });
    expect(await fixture.h.db.reallocationRequest.count()).toBe(0);
  });

  it('sends a material überplanmäßige request to the council first, then the treasurer decides', async () => {
    await seedBudgetTown(fixture.h.db, fixture.town);
    const input = { amountCents: 1_000_000n, fromCode: 'KLI-01', toCode: 'MOB-01', reason: 'Radweg', justification: 'Verkehrssicherungspflicht', effect: '+', effectNote: 'Radverkehr ersetzt Autofahrten' };
    const first = await request('max@klein.de', input);
    expect(first.proposal.classification).toMatchObject({ kind: 'overplanned', councilConsent: false, legalBasis: '§ 83 GO NRW' });
    expect(first.proposal.deciders.map((d) => d.displayName)).toEqual(['Tina Kämmerin']);
    // The second part takes the cumulative amount to 15.000 €: the threshold, so the council must consent.
    const second = await request('max@klein.de', { ...input, amountCents: 500_000n });
    expect(second.filed).toMatchObject({ number: 2, status: 'awaiting_council', classification: { councilConsent: true, cumulativeCents: 1_500_000n } });
    await expect(decideReallocation(await as('tina@klein.de'), 2, { type: 'approve' })).rejects.toMatchObject({ messageKey: 'budget:awaitingCouncil' });
    await expect(decideReallocation(await as('lea@klein.de'), 2, { type: 'council_consent', decidedOn: NOW, reference: 'Rat 12/2026' })).rejects.toMatchObject({
      messageKey: 'budget:notCommittee',
    });
    await decideReallocation(await as('carl@klein.de'), 2, { type: 'council_consent', decidedOn: new Date('2026-06-10T00:00:00Z'), reference: 'Rat 12/2026' });
    expect(await decideReallocation(await as('tina@klein.de'), 2, { type: 'approve' })).toMatchObject({ status: 'approved', applied: true });
    expect((await line('MOB-01')).reallocatedInCents).toBe(500_000n);
    const row = await fixture.h.db.reallocationRequest.findFirstOrThrow({ where: { number: 2 } });
    expect(row).toMatchObject({ councilReference: 'Rat 12/2026', classification: 'overplanned', cumulativeCents: 1_500_000n });
  });

  it('asks back, takes the answer, and rejects only with a comment', async () => {
    await seedBudgetTown(fixture.h.db, fixture.town);
    await request('max@klein.de', internal(100_000n));
    await expect(decideReallocation(await as('lea@klein.de'), 1, { type: 'ask', question: ' ' })).rejects.toMatchObject({ messageKey: 'budget:questionRequired' });
    expect(await decideReallocation(await as('lea@klein.de'), 1, { type: 'ask', question: 'Welches Angebot?' })).toMatchObject({ status: 'info_requested' });
    await expect(decideReallocation(await as('lea@klein.de'), 1, { type: 'answer', answer: 'x' })).rejects.toMatchObject({ messageKey: 'budget:notRequester' });
    expect(await decideReallocation(await as('max@klein.de'), 1, { type: 'answer', answer: 'Angebot Fa. Müller' })).toMatchObject({ status: 'pending' });
    await expect(decideReallocation(await as('lea@klein.de'), 1, { type: 'reject', comment: '' })).rejects.toMatchObject({ messageKey: 'budget:commentRequired' });
    expect(await decideReallocation(await as('lea@klein.de'), 1, { type: 'reject', comment: 'zu teuer' })).toMatchObject({ status: 'rejected', applied: false });
    const question = await fixture.h.db.reallocationQuestion.findFirstOrThrow();
    expect(question).toMatchObject({ question: 'Welches Angebot?', answer: 'Angebot Fa. Müller' });
    expect((await line('KLI-02')).reallocatedInCents).toBe(0n);
  });

  it('lets a deputy decide for a period, audited on behalf of the delegator', async () => {
    const { tina } = await seedBudgetTown(fixture.h.db, fixture.town);
    const tenantId = fixture.town.tenant.id;
    await request('max@klein.de', { amountCents: 100n, fromCode: 'KLI-01', toCode: 'MOB-01', reason: 'Radweg', justification: 'unabweisbar', effect: '0', effectNote: 'Ersatz eines defekten Belags' });
    await fixture.h.db.budgetDelegation.create({
      data: { tenantId, fromPersonId: tina.id, toPersonId: fixture.town.olga.id, startsOn: new Date('2026-06-01'), endsOn: new Date('2026-06-30'), createdById: tina.id },
    });
    expect(await decideReallocation(await as('olga@klein.de'), 1, { type: 'approve' })).toMatchObject({ applied: true, onBehalfOfId: tina.id });
    expect(await fixture.h.db.reallocationDecision.findFirstOrThrow()).toMatchObject({ approverId: fixture.town.olga.id, onBehalfOfId: tina.id });
  });

  it('applies concurrent approvals from one source only while it has funds, each at most once', async () => {
    await seedBudgetTown(fixture.h.db, fixture.town);
    for (let i = 0; i < 5; i++) await request('max@klein.de', internal(2_000_000n));
    const deciders = ['lea@klein.de', 'anna@klein.de'];
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map(async (n) => decideReallocation(await as(deciders[n % 2]!), n, { type: 'approve' })));
    const applied = results.filter((r) => r.status === 'fulfilled' && r.value.applied).length;
    expect(applied).toBe(3);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ messageKey: 'budget:notEnoughNow' });
    const source = await line('KLI-01');
    expect(availableCents(snapshotOf(source))).toBe(0n);
    expect((await line('KLI-02')).reallocatedInCents).toBe(6_000_000n);
    expect(await fixture.h.db.budgetLedgerEntry.count({ where: { kind: 'reallocation_out' } })).toBe(3);
  });
});
