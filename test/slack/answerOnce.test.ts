import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack';
import { createBot, type Bot } from '../../src/bot/bot';
import { systemClock } from '../../src/clock';
import { loadConfig } from '../../src/config/env';
import { sameDatabase, type Db } from '../../src/db/client';
import { createDeliveryWorker } from '../../src/outbox/deliveryWorker';
import { createPlatformStores } from '../../src/platform/stores';
import { providers } from '../support/databases';
import { capturingLogger } from '../support/logs';
import { waitFor } from '../support/waitFor';
import { SECRET, startHarness, TEAM, U, type Harness } from './harness';
import { slashCommandBody } from './payloads';

/**
 * Issue 16 item 8: a worker killed right after it answered a command left its row claimed; after
 * the lease another worker worked it again and answered a second time ("war schon gespeichert").
 * Here the first worker's database is cut off at a chosen moment (what a kill -9 does to it), the
 * lease is run out, and a second worker with its own delivery worker takes over: the user gets
 * exactly one answer either way.
 */
describe.each(providers)('a stored command is answered once across a crash (%s)', (provider) => {
  let h: Harness;
  let dying: SlackAdapter | undefined;
  let cut = false;
  const logger = capturingLogger(process.env.TEST_LOG_LEVEL ?? 'silent').logger;

  beforeEach(async () => {
    cut = false;
    // The listener only stores; the worker under test is the only one working the inbox.
    h = await startHarness(provider, { inbox: { worker: false } });
  });
  afterEach(async () => {
    await dying?.inbound.stop().catch(() => undefined);
    dying = undefined;
    await h?.close();
  });

  /** A worker like the inbox thread's, on a database connection that ends when `cut` is set. */
  async function dyingWorker(wrap: (bot: Bot) => Bot = (bot) => bot): Promise<SlackAdapter> {
    const db = sameDatabase(cuttable(h.dbh.db, () => cut), h.dbh.db);
    const config = loadConfig({ SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_API_URL: h.slack.apiUrl, V2030_TENANT: 'klein' });
    const bot = wrap(createBot({ db, clock: h.clock, logger }));
    dying = await createSlackAdapter({ bot, stores: createPlatformStores(db, h.clock), config, logger, clock: h.clock, options: { homeRefreshDelayMs: 0 } });
    return dying;
  }

  async function send(text: string, responseId: string): Promise<void> {
    const res = await h.post(slashCommandBody({ team: TEAM, user: U.max }, text, h.slack.responseUrl(responseId)));
    expect(res.status).toBe(200);
  }

  /** The lease of the dead worker's claims runs out; a second worker and the outbox take over. */
  async function takeOver(): Promise<void> {
    const db = h.dbh.db;
    const expired = new Date(Date.now() - 10 * 60_000);
    await db.inboundRequest.updateMany({ where: { status: 'processing' }, data: { claimedAt: expired } });
    await db.outboxMessage.updateMany({ where: { status: 'sending' }, data: { lockedUntil: expired } });
    const thread = await h.inboxThread();
    await thread.inbound.settled();
    const outbox = createDeliveryWorker({ db, ports: [h.adapter.outgoing], clock: systemClock, logger });
    await outbox.runOnce();
  }

  const posts = (responseId: string) => h.slack.callsOf('response_url').filter((c) => c.args.url === `/response/${responseId}`);

  it('does not answer again when the worker died right after posting the answer', async () => {
    h.slack.onResponse = () => (cut = true);
    const worker = await dyingWorker();
    await send('fortschritt M-1 72 Kurz vor dem Absturz', 'kill-after-post');
    worker.inbound.wake?.();
    const [answer] = await h.responses('kill-after-post');
    expect(answer!.text).toContain('72 %');

    await takeOver();

    expect(posts('kill-after-post')).toHaveLength(1);
    const db = h.dbh.db;
    const measure = await db.measure.findFirstOrThrow({ where: { code: 'M-1' } });
    expect(await db.measureProgress.count({ where: { measureId: measure.id } })).toBe(1);
    expect((await db.inboundRequest.findFirstOrThrow()).status).toBe('done');
    // Its outbox row was left "sending" by the dead worker: the answer may have landed, so it is not sent again.
    const row = await db.outboxMessage.findFirstOrThrow({ where: { kind: 'answer' } });
    expect({ status: row.status, failureCode: row.failureCode }).toEqual({ status: 'failed', failureCode: 'unconfirmed' });
  });

  it('answers once when the worker died between the booking and its answer', async () => {
    const worker = await dyingWorker((bot) => ({
      ...bot,
      handleText: async (request) => {
        const reply = await bot.handleText(request);
        cut = true; // booked and committed; the process ends before the row is marked or answered
        return reply;
      },
    }));
    await send('fortschritt M-1 64 Vor dem Absturz gebucht', 'kill-after-booking');
    worker.inbound.wake?.();
    const db = h.dbh.db;
    const measure = await db.measure.findFirstOrThrow({ where: { code: 'M-1' } });
    await waitForBooking(db, measure.id);

    await takeOver();

    const answers = await h.responses('kill-after-booking');
    expect(answers).toHaveLength(1);
    expect(answers[0]!.text).toContain('schon gespeichert');
    expect(posts('kill-after-booking')).toHaveLength(1);
    expect(await db.measureProgress.count({ where: { measureId: measure.id } })).toBe(1);
    const row = await db.outboxMessage.findFirstOrThrow({ where: { kind: 'answer' } });
    expect(row.status).toBe('sent');
  });

  it('delivers an answer the worker could not send at once from the outbox, once', async () => {
    const worker = await dyingWorker();
    h.slack.responseStatus = 503; // refused twice (the immediate retry included): left to the outbox
    await send('fortschritt M-1 55 Slack hatte Schluckauf', 'later');
    worker.inbound.wake?.();
    const db = h.dbh.db;
    await waitFor(async () => (await db.outboxMessage.count({ where: { kind: 'answer', status: 'pending' } })) === 1, 'the answer waiting in the outbox');
    h.slack.responseStatus = 200;
    await db.outboxMessage.updateMany({ where: { kind: 'answer' }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
    const outbox = createDeliveryWorker({ db, ports: [h.adapter.outgoing], clock: systemClock, logger });
    await outbox.runOnce();
    await outbox.runOnce();
    const accepted = posts('later').filter((c) => c.args.status === 200);
    expect(accepted).toHaveLength(1);
    expect(String(accepted[0]!.args.text)).toContain('55 %');
    expect((await db.outboxMessage.findFirstOrThrow({ where: { kind: 'answer' } })).status).toBe('sent');
  });
});

async function waitForBooking(db: Db, measureId: string): Promise<void> {
  await waitFor(async () => (await db.measureProgress.count({ where: { measureId } })) === 1, 'the booking');
}

/** The client as a killed process leaves it: every call after `isCut()` fails (nothing more reaches the database). */
function cuttable<T extends object>(target: T, isCut: () => boolean): T {
  return new Proxy(target, {
    get(obj, prop) {
      const value: unknown = Reflect.get(obj, prop);
      if (typeof value === 'function') {
        return (...args: unknown[]) => {
          if (isCut()) throw new Error('the process ended (simulated kill -9)');
          return (value as (...a: unknown[]) => unknown).apply(obj, args);
        };
      }
      if (value && typeof value === 'object' && typeof prop === 'string' && !prop.startsWith('_') && !prop.startsWith('$')) return cuttable(value, isCut);
      return value;
    },
  });
}
