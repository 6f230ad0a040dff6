import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../../src/bot/bot';
import { fixedClock } from '../../../src/clock';
import { formatPercent } from '../../../src/format';
import type { Message } from '../../../src/messages/model';
import { collectBudgets } from '../../../src/reports/inYear/collectBudgets';
import { freshDatabase, providers, type TestDatabase } from '../../support/databases';
import { seedSmallTown } from '../../support/fixtures';
import { capturingLogger } from '../../support/logs';
import { seedBudgetTown } from './budgetTown';

const NOW = new Date('2026-06-15T08:00:00Z');
const text = (m: Message) => JSON.stringify(m.blocks);

describe.each(providers)('budget commands in the chat (%s)', (provider) => {
  let h: TestDatabase;
  let bot: Bot;
  let logs: ReturnType<typeof capturingLogger>;
  const say = (userId: string, line: string, requestId = `r-${Math.random()}`) => bot.handleText({ platform: 'console', tenant: { slug: 'klein' }, userId, text: line, requestId });

  beforeEach(async () => {
    h = await freshDatabase(provider);
    const town = await seedSmallTown(h.db, NOW);
    await seedBudgetTown(h.db, town);
    await h.db.platformIdentity.create({ data: { tenantId: town.tenant.id, personId: town.lea.id, platform: 'slack', externalUserId: 'U-LEA' } });
    logs = capturingLogger();
    bot = createBot({ db: h.db, clock: fixedClock(NOW), logger: logs.logger });
  });
  afterEach(async () => h.drop());

  it('shows the budget, proposes, files on "ja", tells the approver and books on "freigeben"', async () => {
    const budget = await say('max@klein.de', 'budget');
    expect(text(budget)).toContain('60.000,00\u00a0€');
    expect(text(budget)).toContain('16\u00a0% ausgegeben, 45\u00a0% des Jahres vergangen');
    expect(text(budget)).toContain('gesperrt');

    const proposal = await say('max@klein.de', 'umschichtung 25.000 von KLI-01 nach KLI-02 Mehr Dämmstoff nachhaltigkeit: + Dämmung senkt den Wärmebedarf');
    expect(proposal.summary).toBe('Umschichtung 25.000,00\u00a0€ von KLI-01 nach KLI-02');
    expect(text(proposal)).toContain('Interne Umschichtung im gemeinsamen Budget (§ 21 KomHVO NRW)');
    expect(text(proposal)).toContain('Anna Approver, Lea Lead');
    expect(await h.db.reallocationRequest.count()).toBe(0);

    expect((await say('max@klein.de', 'ja')).summary).toBe('Antrag Nr. 1 ist eingereicht; die Entscheidenden sind benachrichtigt.');
    const dm = await h.db.outboxMessage.findFirstOrThrow({ where: { kind: 'approval', operation: 'post' } });
    expect(dm.platform).toBe('slack');
    expect(JSON.stringify(dm.payload)).toContain('reallocation.approve');

    expect((await say('max@klein.de', 'freigeben 1')).summary).toContain('eigener Antrag');
    expect((await say('lea@klein.de', 'freigeben 1 passt')).summary).toBe('Nr. 1 ist freigegeben und gebucht.');
    expect((await h.db.budgetLine.findFirstOrThrow({ where: { code: 'KLI-02' } })).reallocatedInCents).toBe(2_500_000n);
    const update = await h.db.outboxMessage.findFirstOrThrow({ where: { kind: 'approval', operation: 'update' } });
    expect(update.refersToId).toBe(dm.id);
    expect(JSON.stringify(update.payload)).not.toContain('reallocation.approve');
    expect((await say('anna@klein.de', 'freigeben 1')).summary).toBe('Nr. 1 wurde schon freigegeben, von Lea Lead am 15.06.2026, 10:00.');
  });

  it('answers refusals and wrong amounts with the rule, and English users in English', async () => {
    expect((await say('max@klein.de', 'umschichtung 100 von KLI-01 nach KLI-03 x')).summary).toContain('KLI-03 ist gesperrt');
    expect((await say('max@klein.de', 'umschichtung 25,000 von KLI-01 nach KLI-02 x')).summary).toContain('nicht eindeutig');
    expect((await say('max@klein.de', 'umschichtung 100 KLI-01 KLI-02 x')).summary).toContain('von <Linie> nach <Linie>');
    expect((await say('max@klein.de', 'ja')).summary).toContain('keine Umschichtung zur Bestätigung');
    const english = await say('olga@klein.de', 'budget KLI');
    expect(text(english), JSON.stringify(logs.lines())).toContain('% of the year elapsed');
  });

  it('shows spending rounded as the in-year report rounds it (15,8 % is 16 %, not 15 %)', async () => {
    const kli = await h.db.actionField.findFirstOrThrow({ where: { code: 'KLI' } });
    await h.db.budgetLine.updateMany({ where: { code: 'KLI-01' }, data: { committedCents: 0n } });
    const report = (await collectBudgets(h.db, kli.tenantId, [kli.id], 2026)).get(kli.id)!;
    const shown = formatPercent(report.executedPercent!, 'de');
    expect(shown).toBe('16\u00a0%');
    expect(text(await say('max@klein.de', 'budget'))).toContain(`${shown} ausgegeben`);
  });

  it('posts requests to channels subscribed with "abo freigaben" and replaces the post when decided', async () => {
    const channel = { id: 'C0KLIMA', workspaceId: 'T0KLEIN', kind: 'channel' as const, name: 'klima' };
    const inChannel = (userId: string, line: string) => bot.handleText({ platform: 'slack', tenant: { slug: 'klein' }, userId, text: line, requestId: `r-${Math.random()}`, conversation: channel });
    expect((await inChannel('U-LEA', 'abo freigaben KLI')).summary).toBe('Dieser Kanal bekommt jetzt den Freigabedienst (Umschichtungen) für Klima.');
    await say('max@klein.de', 'umschichtung 500 von KLI-01 nach KLI-02 Beratung nachhaltigkeit: + Beratung senkt den Verbrauch');
    await say('max@klein.de', 'ja');
    const post = await h.db.outboxMessage.findFirstOrThrow({ where: { kind: 'approval', operation: 'post', conversationId: 'C0KLIMA' } });
    expect(post).toMatchObject({ platform: 'slack', workspaceId: 'T0KLEIN' });
    expect(JSON.stringify(post.payload)).toContain('reallocation.reject');
    await say('lea@klein.de', 'ablehnen 1 Nicht in diesem Jahr');
    const update = await h.db.outboxMessage.findFirstOrThrow({ where: { operation: 'update', refersToId: post.id } });
    expect(JSON.stringify(update.payload)).toContain('Nicht in diesem Jahr');
  });

  it('lists each request once with its state, not the number twice', async () => {
    await say('max@klein.de', 'umschichtung 500 von KLI-01 nach KLI-02 Beratung nachhaltigkeit: + Beratung senkt den Verbrauch');
    await say('max@klein.de', 'ja');
    const list = await say('max@klein.de', 'anträge');
    expect(text(list)).toContain('Nr. 1: 500,00\u00a0€ KLI-01 → KLI-02 · wartet auf die Entscheidung');
    expect(text(list)).not.toMatch(/Nr\. 1[^"]*Nr\. 1/);
    expect(text(await say('lea@klein.de', 'anträge'))).toContain('Nr. 1: 500,00\u00a0€ KLI-01 → KLI-02 · wartet auf die Entscheidung');
    await say('lea@klein.de', 'rueckfrage 1 Welche Beratung genau?');
    expect(text(await say('max@klein.de', 'anträge'))).toContain('Nr. 1: 500,00\u00a0€ KLI-01 → KLI-02 · Rückfrage an den Antragsteller: „Welche Beratung genau?“');
  });
});
