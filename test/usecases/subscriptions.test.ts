import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bot/bot';
import { fixedClock } from '../../src/clock';
import type { Conversation } from '../../src/domain/conversation';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';
import { seedSmallTown } from '../support/fixtures';
import { capturingLogger } from '../support/logs';

const now = new Date('2026-11-20T10:00:00Z');
const channel: Conversation = { id: 'C0KLIMA', workspaceId: 'T0KLEIN', kind: 'channel', name: 'klima' };

describe.each(providers)('channel subscriptions on %s', (provider) => {
  let h: TestDatabase;
  let bot: Bot;
  const say = (userId: string, text: string, conversation: Conversation | undefined = channel) =>
    bot.handleText({ platform: 'slack', tenant: { slug: 'klein' }, userId, text, requestId: 'r', conversation });

  beforeEach(async () => {
    h = await freshDatabase(provider);
    const town = await seedSmallTown(h.db, now);
    for (const [person, id] of [[town.lea, 'ULEA'], [town.max, 'UMAX'], [town.olga, 'UOLGA']] as const) {
      await h.db.platformIdentity.create({ data: { tenantId: town.tenant.id, personId: person.id, platform: 'slack', externalUserId: id } });
    }
    await h.db.personRole.create({ data: { tenantId: town.tenant.id, personId: town.olga.id, role: 'admin' } });
    bot = createBot({ db: h.db, clock: fixedClock(now), logger: capturingLogger().logger });
  });
  afterEach(async () => h.drop());

  it('lets the field’s team lead subscribe the channel, lists it and ends it', async () => {
    expect((await say('ULEA', 'abo digest kli')).summary).toBe('Dieser Kanal bekommt jetzt den Wochenbericht für Klima.');
    const row = await h.db.channelSubscription.findFirstOrThrow();
    expect(row).toMatchObject({ platform: 'slack', workspaceId: 'T0KLEIN', conversationId: 'C0KLIMA', conversationName: 'klima', kind: 'digest', active: true });
    expect((await say('ULEA', 'abo digest KLI')).summary).toBe('Dieser Kanal hat den Wochenbericht für Klima schon abonniert.');
    expect(JSON.stringify((await say('UMAX', 'abos')).blocks)).toContain('Wochenbericht · Klima (seit 20.11.2026)');
    expect((await say('ULEA', 'abo aus digest KLI')).summary).toBe('Dieser Kanal bekommt den Wochenbericht für Klima nicht mehr.');
    expect(await h.db.channelSubscription.findFirstOrThrow()).toMatchObject({ active: false, deactivatedReason: 'unsubscribed by lea@klein.de' });
    expect((await say('UMAX', 'abos')).summary).toBe('Dieser Kanal hat nichts abonniert. Beispiel: abo digest MOB');
    expect(await h.db.auditLog.count({ where: { action: { startsWith: 'subscription.' } } })).toBe(2);
  });

  it('refuses members who do not lead the team, all fields for non-admins, unknown fields and personal chats', async () => {
    expect((await say('UMAX', 'abo digest KLI')).summary).toBe('Abonnements für „Klima“ richten die Leitung des Kernteams oder die Administration ein.');
    expect((await say('ULEA', 'abo digest')).summary).toContain('nur die Administration');
    expect((await say('ULEA', 'abo digest KLU')).summary).toBe('Das Handlungsfeld KLU gibt es nicht. Meinten Sie KLI?');
    expect((await say('ULEA', 'abo digest KLI', { ...channel, kind: 'personal' })).summary).toContain('gelten für Kanäle und Gruppenchats');
    expect((await say('ULEA', 'abo wetter')).summary).toBe('„wetter“ kann man nicht abonnieren. Möglich sind: digest, alarme, bericht, freigaben, kämmerei.');
    expect(await h.db.channelSubscription.count()).toBe(0);
  });

  it('lets an administrator subscribe to all fields, in English', async () => {
    expect((await say('UOLGA', 'subscribe digest')).summary).toBe('This channel now gets the weekly digest for all action fields.');
    expect((await say('UOLGA', 'unsubscribe digest')).summary).toBe('This channel no longer gets the weekly digest for all action fields.');
  });
});
