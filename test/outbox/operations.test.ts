import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { createLogger } from '../../src/logger';
import { createDeliveryWorker } from '../../src/outbox/deliveryWorker';
import { deliveryOutcome } from '../../src/outbox/deliveryOutcome';
import { enqueueDirect, enqueuePost, enqueueReply, enqueueUpdate } from '../../src/outbox/enqueue';
import { IMAGE_LIFETIME_MS, storeImage } from '../../src/outbox/images';
import { providers } from '../support/databases';
import { useSmallTown } from '../support/fixtures';
import { recordingPort } from '../support/recordingPort';
import { textMessage } from './support';

const start = new Date('2026-03-10T10:00:00Z');

describe.each(providers)('outbox operations: direct messages, updates, replies, images (%s)', (provider) => {
  const s = useSmallTown(provider, start);
  const setup = () => {
    const clock = fixedClock(start);
    const mock = recordingPort();
    const worker = createDeliveryWorker({ db: s.h.db, clock, logger: createLogger('silent'), ports: [mock.port] });
    const tick = async () => {
      clock.set(new Date(clock.now().getTime() + 2000));
      return worker.runOnce();
    };
    return { clock, mock, worker, tick };
  };
  const post = (key: string, text: string, conversationId = 'C1') =>
    enqueuePost(s.h.db, { tenantId: s.town.tenant.id, platform: 'mock', workspaceId: 'W1', conversationId, kind: 'test', dedupeKey: key, message: textMessage(text) }, start);
  const row = (dedupeKey: string) => s.h.db.outboxMessage.findUniqueOrThrow({ where: { tenantId_dedupeKey: { tenantId: s.town.tenant.id, dedupeKey } } });

  it('writes a person directly through their linked account, and fails visibly for a person without one', async () => {
    const { mock, tick } = setup();
    await s.h.db.platformIdentity.create({ data: { tenantId: s.town.tenant.id, personId: s.town.lea.id, platform: 'mock', externalUserId: 'U-LEA' } });
    await enqueueDirect(s.h.db, { tenantId: s.town.tenant.id, platform: 'mock', personId: s.town.lea.id, kind: 'approval', dedupeKey: 'dm-lea', message: textMessage('Bitte freigeben') }, start);
    await enqueueDirect(s.h.db, { tenantId: s.town.tenant.id, platform: 'mock', personId: s.town.olga.id, kind: 'approval', dedupeKey: 'dm-olga', message: textMessage('Bitte freigeben') }, start);
    await tick();
    expect(mock.deliveries).toEqual([{ operation: 'send', conversationId: 'D-U-LEA', summary: 'Bitte freigeben', images: [] }]);
    expect(await row('dm-lea')).toMatchObject({ status: 'sent', conversationId: `person:${s.town.lea.id}`, postedConversationId: 'D-U-LEA', externalId: 'm-1' });
    expect(await deliveryOutcome(s.h.db, s.town.tenant.id, 'dm-olga')).toEqual({ status: 'failed', failureCode: 'recipient_unreachable', reason: expect.stringContaining('no mock account') });
  });

  it('a person the platform cannot reach fails alone, with the platform’s reason', async () => {
    const { mock, tick } = setup();
    await s.h.db.platformIdentity.create({ data: { tenantId: s.town.tenant.id, personId: s.town.lea.id, platform: 'mock', externalUserId: 'U-LEA' } });
    mock.unreachable.add('U-LEA');
    await enqueueDirect(s.h.db, { tenantId: s.town.tenant.id, platform: 'mock', personId: s.town.lea.id, kind: 'alert', dedupeKey: 'a1', message: textMessage('Alarm') }, start);
    await enqueueDirect(s.h.db, { tenantId: s.town.tenant.id, platform: 'mock', personId: s.town.lea.id, kind: 'alert', dedupeKey: 'a2', message: textMessage('Alarm 2') }, start);
    await tick();
    await tick();
    expect(await deliveryOutcome(s.h.db, s.town.tenant.id, 'a1')).toEqual({ status: 'failed', failureCode: 'recipient_unreachable', reason: 'U-LEA never opened the app' });
    expect(await deliveryOutcome(s.h.db, s.town.tenant.id, 'a2')).toMatchObject({ status: 'failed', failureCode: 'recipient_unreachable' });
    expect(await s.h.db.auditLog.count({ where: { action: 'subscription.deactivated' } })).toBe(0);
  });

  it('sends an update and replies only after their post, in order, in place and in its thread', async () => {
    const { mock, tick } = setup();
    await post('p', 'Antrag 17 wartet');
    await enqueueUpdate(s.h.db, { tenantId: s.town.tenant.id, refersTo: { dedupeKey: 'p' }, kind: 'test', dedupeKey: 'u', message: textMessage('Antrag 17 freigegeben') }, start);
    await enqueueReply(s.h.db, { tenantId: s.town.tenant.id, refersTo: { dedupeKey: 'p' }, kind: 'test', dedupeKey: 'r1', message: textMessage('Rückfrage') }, start);
    const r1 = (await row('r1')).id;
    await enqueueReply(s.h.db, { tenantId: s.town.tenant.id, refersTo: { id: r1 }, kind: 'test', dedupeKey: 'r2', message: textMessage('Antwort') }, start);
    expect(await tick()).toBe(1);
    expect(mock.deliveries.map((d) => d.summary)).toEqual(['Antrag 17 wartet']);
    for (let i = 0; i < 3; i++) await tick();
    expect(mock.deliveries).toEqual([
      { operation: 'send', conversationId: 'C1', summary: 'Antrag 17 wartet', images: [] },
      { operation: 'update', conversationId: 'C1', summary: 'Antrag 17 freigegeben', externalId: 'm-1', images: [] },
      { operation: 'send', conversationId: 'C1', summary: 'Rückfrage', threadOf: 'm-1', images: [] },
      { operation: 'send', conversationId: 'C1', summary: 'Antwort', threadOf: 'm-1', images: [] },
    ]);
    expect(await row('u')).toMatchObject({ status: 'sent', operation: 'update', externalId: 'm-1' });
  });

  it('a follow-up of a failed post fails with it; a message that cannot be updated fails alone', async () => {
    const { mock, tick } = setup();
    const subscription = await s.h.db.channelSubscription.create({ data: { tenantId: s.town.tenant.id, platform: 'mock', conversationId: 'C1', kind: 'digest', createdById: s.town.lea.id } });
    await post('p1', 'eins');
    await enqueueUpdate(s.h.db, { tenantId: s.town.tenant.id, refersTo: { dedupeKey: 'p1' }, kind: 'test', dedupeKey: 'u1', message: textMessage('eins, geändert') }, start);
    await post('p2', 'zwei');
    await tick();
    mock.script.push({ kind: 'permanent', error: 'message_not_found', code: 'message_gone' });
    await tick();
    await tick();
    expect((await row('u1'))).toMatchObject({ status: 'failed', failureCode: 'message_gone' });
    expect((await row('p2'))).toMatchObject({ status: 'sent' });
    expect(await s.h.db.channelSubscription.findUniqueOrThrow({ where: { id: subscription.id } })).toMatchObject({ active: true });

    mock.script.push({ kind: 'permanent', error: 'msg_too_long', code: 'message_gone' });
    await post('p3', 'drei', 'C2');
    await enqueueReply(s.h.db, { tenantId: s.town.tenant.id, refersTo: { dedupeKey: 'p3' }, kind: 'test', dedupeKey: 'r3', message: textMessage('Antwort auf drei') }, start);
    await tick();
    await tick();
    expect(await deliveryOutcome(s.h.db, s.town.tenant.id, 'r3')).toMatchObject({ status: 'failed', failureCode: 'reference_failed' });
  });

  it('hands the message’s images with their bytes to the platform; an expired one is left to its alt text', async () => {
    const { mock, tick } = setup();
    const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]);
    const chart = await storeImage(s.h.db, { tenantId: s.town.tenant.id, bytes: png, width: 640, height: 320, alt: 'CO₂ je Einwohner 2020–2025' }, start, 'Trend');
    expect(chart.imageId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const old = await storeImage(s.h.db, { tenantId: s.town.tenant.id, bytes: png, width: 10, height: 10, alt: 'alt' }, new Date(start.getTime() - IMAGE_LIFETIME_MS - 1));
    await s.h.db.messageImage.deleteMany({ where: { id: old.imageId } });
    await enqueuePost(s.h.db, { tenantId: s.town.tenant.id, platform: 'mock', workspaceId: 'W1', conversationId: 'C1', kind: 'report', dedupeKey: 'img', message: { summary: 'Bericht', audience: 'channel', blocks: [chart, old] } }, start);
    await tick();
    expect(mock.deliveries[0]!.images).toEqual([{ id: chart.imageId, bytes: png.length, alt: 'CO₂ je Einwohner 2020–2025' }]);
  });

  it('refuses a follow-up of a message that is not there', async () => {
    await expect(enqueueUpdate(s.h.db, { tenantId: s.town.tenant.id, refersTo: { dedupeKey: 'nope' }, kind: 'test', dedupeKey: 'u', message: textMessage('x') }, start)).rejects.toThrow(/no outbox message/);
  });
});
