import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock, systemClock } from '../../src/clock';
import { createDeliveryWorker } from '../../src/outbox/deliveryWorker';
import type { OutgoingPort } from '../../src/outbox/outgoingPort';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';
import { seedSmallTown } from '../support/fixtures';
import { capturingLogger } from '../support/logs';
import { FakeSlackChannels } from './fakeSlackChannels';
import { enqueueMessage } from '../../src/outbox/enqueue';
import { enqueueText, slackPortFor, subscribe, WORKSPACE } from './support';

describe.each(providers)('outbox delivery to Slack on %s', (provider) => {
  let h: TestDatabase;
  let fake: FakeSlackChannels;
  let town: Awaited<ReturnType<typeof seedSmallTown>>;
  const logger = capturingLogger().logger;

  beforeEach(async () => {
    h = await freshDatabase(provider);
    town = await seedSmallTown(h.db, new Date());
    fake = new FakeSlackChannels();
    await fake.start();
  });
  afterEach(async () => {
    await fake.stop();
    await h.drop();
  });

  it('posts each message once with its outbox id in the metadata and marks it sent', async () => {
    await enqueueText(h.db, town.tenant.id, 'C1', 'k1', 'Erster Beitrag');
    await enqueueText(h.db, town.tenant.id, 'C1', 'k1', 'derselbe Schlüssel: nicht noch einmal');
    const worker = createDeliveryWorker({ db: h.db, clock: systemClock, logger, ports: [slackPortFor(fake)] });
    expect(await worker.runOnce()).toBe(1);
    expect(fake.posted).toHaveLength(1);
    const row = await h.db.outboxMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: 'sent', externalId: fake.posted[0]!.ts, attempts: 1 });
    expect(fake.posted[0]!.metadata).toEqual({ event_type: 'v2030_outbox', event_payload: { outbox_id: row.id, page: 0 } });
    expect(fake.posted[0]!.text).toBe('Erster Beitrag');
    expect(await worker.runOnce()).toBe(0);
  });

  it('delivers everything through 429 and 500 answers, in order per channel, never faster than the limit', async () => {
    const clock = fixedClock('2026-03-10T10:00:00Z');
    fake.now = () => clock.now().getTime();
    for (const i of [1, 2, 3, 4]) await enqueueText(h.db, town.tenant.id, 'C1', `a${i}`, `C1 Nachricht ${i}`, clock.now());
    for (const i of [1, 2]) await enqueueText(h.db, town.tenant.id, 'C2', `b${i}`, `C2 Nachricht ${i}`, clock.now());
    fake.script.push({ status: 429, retryAfterSeconds: 2 }, { status: 500 });
    const worker = createDeliveryWorker({ db: h.db, clock, logger, ports: [slackPortFor(fake)], concurrency: 1 });
    // Time moves in quarter seconds, and only between the worker's passes.
    for (let pass = 0; (await h.db.outboxMessage.count({ where: { status: 'sent' } })) < 6; pass++) {
      expect(pass, 'passes until everything is sent').toBeLessThan(200);
      await worker.runOnce();
      clock.set(new Date(clock.now().getTime() + 250));
    }
    expect(fake.postsTo('C1').map((p) => p.text)).toEqual(['C1 Nachricht 1', 'C1 Nachricht 2', 'C1 Nachricht 3', 'C1 Nachricht 4']);
    expect(fake.postsTo('C2').map((p) => p.text)).toEqual(['C2 Nachricht 1', 'C2 Nachricht 2']);
    for (const channel of ['C1', 'C2']) {
      const times = fake.postsTo(channel).map((p) => p.at);
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(1000);
    }
    // The scripted 429 (Retry-After 2 s) and 500 were the only refusals: the worker kept Slack's limit itself.
    expect(fake.rejected.map((r) => r.status)).toEqual([429, 500]);
    const first = fake.posted.find((p) => p.text === 'C1 Nachricht 1')!;
    expect(first.at - fake.rejected[0]!.at).toBeGreaterThanOrEqual(2000);
  });

  it('deactivates the subscriptions of a removed channel, records why and stops its messages', async () => {
    const subscription = await subscribe(h.db, town.tenant.id, 'CGONE', town.lea.id);
    await enqueueText(h.db, town.tenant.id, 'CGONE', 'g1', 'eins');
    await enqueueText(h.db, town.tenant.id, 'CGONE', 'g2', 'zwei');
    fake.removedChannels.add('CGONE');
    const worker = createDeliveryWorker({ db: h.db, clock: systemClock, logger, ports: [slackPortFor(fake)] });
    await worker.runOnce();
    const rows = await h.db.outboxMessage.findMany({ orderBy: { dedupeKey: 'asc' } });
    expect(rows.map((r) => [r.status, r.lastError])).toEqual([
      ['failed', 'channel_not_found'],
      ['failed', 'conversation unreachable: channel_not_found'],
    ]);
    expect(await h.db.channelSubscription.findUniqueOrThrow({ where: { id: subscription.id } })).toMatchObject({ active: false, deactivatedReason: 'channel_not_found' });
    expect(await h.db.auditLog.count({ where: { action: 'subscription.deactivated', entityId: 'CGONE' } })).toBe(1);
    expect(await worker.runOnce()).toBe(0);
  });

  it('after a post whose answer never came, finds it in the channel instead of posting twice', async () => {
    await enqueueText(h.db, town.tenant.id, 'C1', 'h1', 'Antwort ging verloren');
    fake.script.push({ dropAfterPosting: true });
    const clock = fixedClock(new Date());
    const first = createDeliveryWorker({ db: h.db, clock, logger, ports: [slackPortFor(fake)] });
    await first.runOnce();
    expect(await h.db.outboxMessage.findFirstOrThrow()).toMatchObject({ status: 'sending' });
    expect(fake.posted).toHaveLength(1);

    clock.set(new Date(clock.now().getTime() + 5 * 60_000));
    const restarted = createDeliveryWorker({ db: h.db, clock, logger, ports: [slackPortFor(fake)] });
    await restarted.runOnce();
    expect(await h.db.outboxMessage.findFirstOrThrow()).toMatchObject({ status: 'sent', externalId: fake.posted[0]!.ts });
    expect(fake.posted).toHaveLength(1);
  });

  it('after a lost answer and a failing history lookup, looks again later instead of posting twice', async () => {
    await enqueueText(h.db, town.tenant.id, 'C1', 'h2', 'Antwort verloren, Nachschlagen scheitert');
    fake.script.push({ dropAfterPosting: true });
    const clock = fixedClock(new Date());
    const worker = createDeliveryWorker({ db: h.db, clock, logger, ports: [slackPortFor(fake)] });
    await worker.runOnce();
    expect(fake.posted).toHaveLength(1);

    fake.historyFailures = 1;
    clock.set(new Date(clock.now().getTime() + 5 * 60_000));
    await worker.runOnce();
    // Before: the failed lookup was taken for "not landed" and the message was posted again.
    expect(fake.posted).toHaveLength(1);
    expect(await h.db.outboxMessage.findFirstOrThrow()).toMatchObject({ status: 'sending', lastError: expect.stringContaining('lookup failed') });

    clock.set(new Date(clock.now().getTime() + 5 * 60_000));
    await worker.runOnce();
    expect(await h.db.outboxMessage.findFirstOrThrow()).toMatchObject({ status: 'sent', externalId: fake.posted[0]!.ts });
    expect(fake.posted).toHaveLength(1);
  });

  it('paces the pages of a long message like separate posts (within the channel limit)', async () => {
    const clock = fixedClock('2026-03-10T10:00:00Z');
    fake.now = () => clock.now().getTime();
    const pause = async (ms: number) => clock.set(new Date(clock.now().getTime() + ms));
    const blocks = Array.from({ length: 120 }, (_, i) => ({ type: 'text' as const, text: `Zeile ${i + 1}` }));
    await enqueueMessage(h.db, { tenantId: town.tenant.id, platform: 'slack', workspaceId: WORKSPACE, conversationId: 'C1', kind: 'test', dedupeKey: 'long', message: { summary: 'lang', audience: 'channel', blocks } }, clock.now());
    const worker = createDeliveryWorker({ db: h.db, clock, logger, ports: [slackPortFor(fake, 60_000, pause)] });
    await worker.runOnce();
    expect(await h.db.outboxMessage.findFirstOrThrow()).toMatchObject({ status: 'sent', attempts: 1 });
    const pages = fake.postsTo('C1');
    expect(pages.map((p) => p.metadata?.event_payload.page)).toEqual([0, 1, 2]);
    for (let i = 1; i < pages.length; i++) expect(pages[i]!.at - pages[i - 1]!.at).toBeGreaterThanOrEqual(1000);
    // Before: the pages went out back to back and Slack refused the second with 429.
    expect(fake.rejected).toEqual([]);
  });

  it('a process killed after posting and before marking sent: the next worker marks it sent, no second post', async () => {
    await enqueueText(h.db, town.tenant.id, 'C1', 'k1', 'vor dem Absturz gesendet');
    const real = slackPortFor(fake);
    const dying: OutgoingPort = { ...real, send: async (m) => { await real.send(m); throw new Error('process killed'); } };
    const clock = fixedClock(new Date());
    await createDeliveryWorker({ db: h.db, clock, logger, ports: [dying] }).runOnce();
    clock.set(new Date(clock.now().getTime() + 10 * 60_000));
    await createDeliveryWorker({ db: h.db, clock, logger, ports: [real] }).runOnce();
    expect(fake.posted).toHaveLength(1);
    expect(await h.db.outboxMessage.findFirstOrThrow()).toMatchObject({ status: 'sent' });
  });

  it('a message claimed by a worker that died before sending is sent by the next one after the lease', async () => {
    await enqueueText(h.db, town.tenant.id, 'C1', 'd1', 'nie gesendet');
    const now = new Date();
    await h.db.outboxMessage.updateMany({ data: { status: 'sending', attempts: 1, lockedUntil: new Date(now.getTime() - 1000) } });
    await createDeliveryWorker({ db: h.db, clock: fixedClock(now), logger, ports: [slackPortFor(fake)] }).runOnce();
    expect(fake.posted.map((p) => p.text)).toEqual(['nie gesendet']);
    expect(await h.db.outboxMessage.findFirstOrThrow()).toMatchObject({ status: 'sent', attempts: 2 });
  });
});
