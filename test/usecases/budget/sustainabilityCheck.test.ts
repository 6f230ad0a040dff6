import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../../src/bot/bot';
import { fixedClock } from '../../../src/clock';
import { checkSustainability, effectOf } from '../../../src/domain/budget/sustainabilityCheck';
import type { Message } from '../../../src/messages/model';
import { freshDatabase, providers, type TestDatabase } from '../../support/databases';
import { seedSmallTown } from '../../support/fixtures';
import { capturingLogger } from '../../support/logs';
import { seedBudgetTown } from './budgetTown';

const NOW = new Date('2026-06-15T08:00:00Z');
const text = (m: Message) => JSON.stringify(m.blocks);

describe('the Nachhaltigkeitscheck as written', () => {
  it('reads signs and words in German and English, and names what is missing', () => {
    expect(['+', 'positiv', 'Positive', '0', 'neutral', '-', '−', '–', 'negativ', 'negative'].map(effectOf)).toEqual([
      'positive', 'positive', 'positive', 'neutral', 'neutral', 'negative', 'negative', 'negative', 'negative', 'negative',
    ]);
    expect(effectOf('gut')).toBeUndefined();
    expect(checkSustainability(' + ', ' senkt den Verbrauch ')).toEqual({ effect: 'positive', note: 'senkt den Verbrauch' });
    expect(() => checkSustainability(undefined, undefined)).toThrow(expect.objectContaining({ messageKey: 'budget:sustainabilityMissing' }));
    expect(() => checkSustainability('gut', 'x')).toThrow(expect.objectContaining({ messageKey: 'budget:sustainabilityEffectInvalid', params: { value: 'gut' } }));
    expect(() => checkSustainability('+', ' ')).toThrow(expect.objectContaining({ messageKey: 'budget:sustainabilityNoteMissing' }));
  });
});

describe.each(providers)('the Nachhaltigkeitscheck on reallocation requests (%s)', (provider) => {
  let h: TestDatabase;
  let bot: Bot;
  const say = (userId: string, line: string) => bot.handleText({ platform: 'console', tenant: { slug: 'klein' }, userId, text: line, requestId: `r-${Math.random()}` });

  beforeEach(async () => {
    h = await freshDatabase(provider);
    const town = await seedSmallTown(h.db, NOW);
    await seedBudgetTown(h.db, town);
    await h.db.platformIdentity.create({ data: { tenantId: town.tenant.id, personId: town.lea.id, platform: 'slack', externalUserId: 'U-LEA' } });
    bot = createBot({ db: h.db, clock: fixedClock(NOW), logger: capturingLogger().logger });
  });
  afterEach(async () => h.drop());

  it('refuses a request without it, with a wrong effect or without a sentence, and keeps no draft', async () => {
    const base = 'umschichtung 500 von KLI-01 nach KLI-02 Beratungstage';
    expect((await say('max@klein.de', base)).summary).toContain('Bitte den Nachhaltigkeitscheck angeben');
    expect((await say('max@klein.de', `${base} nachhaltigkeit: gut weil sinnvoll`)).summary).toBe(
      '„gut“ ist keine Wirkung. Erlaubt sind + (positiv), 0 (neutral) und − (negativ), danach ein Satz, z. B. „nachhaltigkeit: 0 reine Verwaltungskosten“.',
    );
    expect((await say('max@klein.de', `${base} nachhaltigkeit: +`)).summary).toContain('Bitte die erwartete Wirkung mit einem Satz begründen');
    expect(await h.db.reallocationDraft.count()).toBe(0);
    await say('max@klein.de', 'sprache en');
    expect((await say('max@klein.de', 'reallocate 500 from KLI-01 to KLI-02 advice days effect: maybe good')).summary).toContain('“maybe” is not an effect');
  });

  it('shows it to the requester and the approvers, keeps it with the request and its decision', async () => {
    const proposal = await say('max@klein.de', 'umschichtung 500 von KLI-01 nach KLI-02 Messgeräte wirkung: − mehr Stromverbrauch der Geräte');
    expect(text(proposal)).toContain('Nachhaltigkeitscheck: − negativ — mehr Stromverbrauch der Geräte');
    await say('max@klein.de', 'ja');
    const request = await h.db.reallocationRequest.findFirstOrThrow();
    expect(request).toMatchObject({ reason: 'Messgeräte', sustainabilityEffect: 'negative', sustainabilityNote: 'mehr Stromverbrauch der Geräte' });
    const approval = await h.db.outboxMessage.findFirstOrThrow({ where: { kind: 'approval', operation: 'post' } });
    expect(JSON.stringify(approval.payload)).toContain('− negativ — mehr Stromverbrauch der Geräte');

    expect((await say('lea@klein.de', 'freigeben 1')).summary).toBe('Nr. 1 ist freigegeben und gebucht.');
    const audit = await h.db.auditLog.findMany({ where: { entityId: request.id }, orderBy: { createdAt: 'asc' }, select: { action: true, after: true } });
    expect(audit.map((a) => [a.action, (a.after as { sustainabilityEffect?: string }).sustainabilityEffect])).toEqual([
      ['reallocation.filed', 'negative'],
      ['reallocation.approve', 'negative'],
    ]);
  });

  it('reads it after an unavoidable justification as well as before', async () => {
    await say('max@klein.de', 'umschichtung 100 von KLI-01 nach KLI-02 Radweg nachhaltigkeit: 0 Ersatz unabweisbar: Verkehrssicherung');
    expect(await h.db.reallocationDraft.findFirstOrThrow()).toMatchObject({
      payload: expect.objectContaining({ reason: 'Radweg', justification: 'Verkehrssicherung', effect: 'neutral', effectNote: 'Ersatz' }),
    });
  });
});
