import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { MAX_ATTEMPTS, retryDelayMs } from '../../src/outbox/backoff';
import { createDeliveryWorker, type DeliveryWorker } from '../../src/outbox/deliveryWorker';
import { enqueueMessage } from '../../src/outbox/enqueue';
import { channelMessage, CHANNEL_ID, KLEIN_TEAMS_TENANT } from '../teams/support/activities';
import { NOW, startHarness, type Harness } from '../teams/support/harness';
import { providers } from '../support/databases';
import { capturingLogger } from '../support/logs';
import { textMessage } from './support';

describe.each(providers)('outbox delivery to Teams on %s', (provider) => {
  let h: Harness;
  let clock: ReturnType<typeof fixedClock>;
  let worker: DeliveryWorker;
  beforeEach(async () => {
    h = await startHarness(provider, { unauthenticated: true });
    clock = fixedClock(NOW);
    // random = 0: the backoff's jitter at its lower end, so the expected delays are exact.
    worker = createDeliveryWorker({ db: h.database.db, clock, logger: capturingLogger().logger, ports: [h.teams.outgoing], random: () => 0 });
    // Lea, the team lead, subscribes the channel by command; the bot keeps the channel's conversation reference.
    const reply = await h.post(channelMessage('abo digest KLI', { serviceUrl: h.connector.url, user: h.users.lea }));
    expect(reply.status).toBe(200);
    h.connector.clear();
  });
  afterEach(async () => h.close());

  const tenantId = () => h.town.tenant.id;
  const enqueue = (dedupeKey: string, text: string) =>
    enqueueMessage(h.database.db, { tenantId: tenantId(), platform: 'teams', workspaceId: KLEIN_TEAMS_TENANT, conversationId: CHANNEL_ID, kind: 'digest', dedupeKey, message: textMessage(text) }, clock.now());
  const row = (dedupeKey: string) => h.database.db.outboxMessage.findUniqueOrThrow({ where: { tenantId_dedupeKey: { tenantId: tenantId(), dedupeKey } } });
  const subscription = () => h.database.db.channelSubscription.findFirstOrThrow();
  const sends = () => h.connector.calls.filter((c) => c.kind === 'send');
  const later = (ms: number) => clock.set(new Date(clock.now().getTime() + ms));

  it('subscribes a channel by command and posts proactively into it', async () => {
    expect(await subscription()).toMatchObject({ platform: 'teams', conversationId: CHANNEL_ID, workspaceId: KLEIN_TEAMS_TENANT, active: true });
    expect(await h.database.db.conversationReference.count({ where: { conversationId: CHANNEL_ID } })).toBe(1);
    await enqueue('d1', 'Wochenbericht: alles im Plan');
    expect(await worker.runOnce()).toBe(1);
    expect(sends().map((c) => c.conversationId)).toEqual([CHANNEL_ID]);
    expect(JSON.stringify(sends()[0]!.body)).toContain('Wochenbericht: alles im Plan');
    expect(await row('d1')).toMatchObject({ status: 'sent', attempts: 1, sentAt: clock.now() });
  });

  it('a conversation without a stored reference (bot uninstalled) fails for good and ends its subscriptions', async () => {
    await h.database.db.conversationReference.deleteMany({ where: { conversationId: CHANNEL_ID } });
    await enqueue('d2', 'nächste Woche');
    expect(await worker.runOnce()).toBe(1);
    const reason = 'conversation reference not stored (bot not installed there)';
    expect(await row('d2')).toMatchObject({ status: 'failed', lastError: reason });
    expect(await subscription()).toMatchObject({ active: false, deactivatedReason: reason });
  });

  it.each([
    [403, 'BotNotInConversationRoster'],
    [404, 'ConversationNotFound'],
  ])('a %i (%s) from the Bot Connector fails the conversation for good: subscriptions ended, audited, nothing retried', async (status, code) => {
    await enqueue('d3', 'eins');
    await enqueue('d4', 'zwei');
    h.connector.failNext({ status, code });
    expect(await worker.runOnce()).toBe(1);
    const reason = `${status} ${code} (bot removed or conversation gone)`;
    expect(await row('d3')).toMatchObject({ status: 'failed', attempts: 1, lastError: reason });
    expect(await row('d4')).toMatchObject({ status: 'failed', attempts: 0, lastError: `conversation unreachable: ${reason}` });
    expect(await subscription()).toMatchObject({ active: false, deactivatedReason: reason, deactivatedAt: clock.now() });
    expect(await h.database.db.auditLog.count({ where: { action: 'subscription.deactivated', entityId: CHANNEL_ID } })).toBe(1);
    later(24 * 3_600_000);
    expect(await worker.runOnce()).toBe(0);
    expect(h.connector.failed).toHaveLength(1);
    expect(sends()).toHaveLength(0);
  });

  it('after a 429 waits as long as Retry-After says, then sends', async () => {
    await enqueue('d5', 'später');
    h.connector.failNext({ status: 429, code: 'TooManyRequests', retryAfterSeconds: 30 });
    expect(await worker.runOnce()).toBe(1);
    expect(await row('d5')).toMatchObject({ status: 'pending', attempts: 1, lastError: '429 rate limited', nextAttemptAt: new Date(NOW.getTime() + 30_000) });
    later(29_999);
    expect(await worker.runOnce()).toBe(0);
    later(1);
    expect(await worker.runOnce()).toBe(1);
    expect(await row('d5')).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    expect(h.connector.failed.map((f) => f.status)).toEqual([429]);
    expect(sends()).toHaveLength(1);
  });

  it('retries a 500 with growing delays and gives up after the last attempt, ending the subscription', async () => {
    await enqueue('d6', 'kommt nie an');
    h.connector.failAll({ status: 500 });
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await worker.runOnce(), `attempt ${attempt}`).toBe(1);
      const current = await row('d6');
      if (attempt === MAX_ATTEMPTS) break;
      expect(current, `attempt ${attempt}`).toMatchObject({ status: 'pending', attempts: attempt, lastError: 'HTTP 500' });
      const delay = current.nextAttemptAt.getTime() - clock.now().getTime();
      expect(delay, `delay after attempt ${attempt}`).toBe(retryDelayMs(attempt, 0, () => 0));
      later(delay - 1);
      expect(await worker.runOnce(), `not before the delay after attempt ${attempt}`).toBe(0);
      later(1);
    }
    const reason = `gave up after ${MAX_ATTEMPTS} attempts: HTTP 500`;
    expect(await row('d6')).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, lastError: reason });
    expect(await subscription()).toMatchObject({ active: false, deactivatedReason: reason });
    expect(h.connector.failed).toHaveLength(MAX_ATTEMPTS);
    expect(sends()).toHaveLength(0);
  });
});
