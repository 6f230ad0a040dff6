import { startHttpServer, type HttpServer } from '../../adapters/http/server';
import { createPlatformStores } from '../../src/platform/stores';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack';
import { createBot, type Bot } from '../../src/bot/bot';
import { fixedClock, type Clock } from '../../src/clock';
import type { InboxAdapterOptions } from '../../src/inbox/inboxAdapterOptions';
import { loadConfig } from '../../src/config/env';
import type { DatabaseProvider } from '../../src/db/databaseUrl';
import { freshDatabase, type TestDatabase } from '../support/databases';
import { seedSmallTown } from '../support/fixtures';
import { capturingLogger } from '../support/logs';
import { waitFor } from '../support/waitFor';
import { FakeSlack, type FakeUser } from './fakeSlack';
import { slashCommandBody } from './payloads';
import { signedHeaders } from './signing';

export const SECRET = 'test-signing-secret-0123456789abcdef';
export const TEAM = 'T0KLEIN01';
export const NOW = new Date('2026-03-10T10:00:00Z');
/** Slack users: Max and Lea (core team) and Olga (English) are linked; Tim and a stranger are not. */
export const U = { max: 'U0MAX0001', lea: 'U0LEA0001', olga: 'U0OLGA001', tim: 'U0TIM0001', stranger: 'U0NOBODY1' };

export interface Harness {
  dbh: TestDatabase;
  seed: Awaited<ReturnType<typeof seedSmallTown>>;
  slack: FakeSlack;
  adapter: SlackAdapter;
  server: HttpServer;
  /** The adapter's and the core's clock (fixed at NOW; tests move it). */
  clock: Clock & { set(at: Date | string): void };
  /** What the adapter logged, at `HarnessOptions.logLevel`. */
  logs(): Record<string, unknown>[];
  /**
   * Sends `/v2030 <text>` as the user and returns the answer: the ack's body if it has one (unknown
   * workspace, a form's fallback), else — the command was stored in the inbox and acknowledged
   * empty — the first post to its response_url, waited for.
   */
  command(user: string, text: string, options?: { team?: string; trigger?: string; responseId?: string }): Promise<{ ack: string; reply: SlackReply; responseId: string }>;
  /** Posts the bot made to a response_url of `responseUrl(id)`, waiting until there are at least `count`. */
  responses(id: string, count?: number): Promise<SlackReply[]>;
  /**
   * A second adapter on the same database with its own inbox worker and no routes, as the inbox
   * thread of `v2030 start` has (with `HarnessOptions.inbox.worker` false it is the only worker).
   */
  inboxThread(): Promise<SlackAdapter>;
  /** POSTs a body to /slack/events, signed unless headers say otherwise. */
  post(body: string, options?: { contentType?: string; headers?: Record<string, string>; unsigned?: boolean }): Promise<{ status: number; text: string; json: () => unknown }>;
  close(): Promise<void>;
}

/** A message as the bot sends it to Slack (ack body or response_url post). */
export interface SlackReply {
  response_type?: string;
  text: string;
  blocks: { type: string; text?: { text: string }; elements?: { action_id?: string; value?: string; text?: unknown }[]; fields?: { text: string }[] }[];
}

let responseIds = 0;

export interface HarnessOptions {
  ackDeadlineMs?: number;
  /** Wraps the real bot (to slow it down or replace an answer). */
  wrapBot?: (bot: Bot) => Bot;
  env?: Record<string, string>;
  /** Level of the logs kept for `Harness.logs()` (default: TEST_LOG_LEVEL or silent). */
  logLevel?: string;
  /** Runs on the seeded database before the adapter starts (e.g. rows left in the inbox by a crashed process). */
  /** Slack users the fake's users.info knows besides Tim and the stranger (e.g. with a locale). */
  slackUsers?: Record<string, FakeUser>;
  beforeStart?: (db: TestDatabase['db'], seed: Awaited<ReturnType<typeof seedSmallTown>>, slack: FakeSlack) => Promise<void>;
  /** The listening adapter's inbox (default: its own worker). */
  inbox?: InboxAdapterOptions;
}

export async function startHarness(provider: DatabaseProvider, options: HarnessOptions = {}): Promise<Harness> {
  const dbh = await freshDatabase(provider);
  const db = dbh.db;
  const seed = await seedSmallTown(db, NOW);
  const tenantId = seed.tenant.id;
  await db.platformIdentity.createMany({
    data: [
      { tenantId, personId: seed.max.id, platform: 'slack', externalUserId: U.max },
      { tenantId, personId: seed.lea.id, platform: 'slack', externalUserId: U.lea },
      { tenantId, personId: seed.olga.id, platform: 'slack', externalUserId: U.olga },
    ],
  });
  const slack = new FakeSlack({
    teamId: TEAM,
    users: { [U.tim]: { email: 'Tim@Klein.de' }, [U.stranger]: { email: 'someone@example.org' }, ...options.slackUsers },
  });
  await slack.start();
  const clock = fixedClock(NOW);
  const logs = capturingLogger(options.logLevel ?? process.env.TEST_LOG_LEVEL ?? 'silent');
  const logger = logs.logger;
  const config = loadConfig({
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_API_URL: slack.apiUrl,
    V2030_TENANT: 'klein',
    ...options.env,
  });
  await options.beforeStart?.(db, seed, slack);
  const realBot = createBot({ db, clock, logger });
  const bot = options.wrapBot ? options.wrapBot(realBot) : realBot;
  const stores = createPlatformStores(db, clock);
  const adapter = await createSlackAdapter({ bot, stores, config, logger, clock, inbox: options.inbox, options: { ackDeadlineMs: options.ackDeadlineMs, homeRefreshDelayMs: 0, unacknowledgedAfterMs: 120_000 } });
  const threads: SlackAdapter[] = [];
  const server = await startHttpServer({ port: 0, host: '127.0.0.1', stores, logger, mounts: [adapter.inbound.routes] });
  const harness: Harness = {
    dbh,
    seed,
    slack,
    adapter,
    server,
    clock,
    logs: logs.lines,
    async command(user, text, o = {}) {
      const responseId = o.responseId ?? `${user}-${++responseIds}`;
      const res = await harness.post(slashCommandBody({ team: o.team ?? TEAM, user }, text, slack.responseUrl(responseId), o.trigger));
      if (res.status !== 200) throw new Error(`slash command answered ${res.status}`);
      const reply = res.text === '' ? (await harness.responses(responseId))[0]! : (res.json() as SlackReply);
      return { ack: res.text, reply, responseId };
    },
    async responses(id, count = 1) {
      const posts = () => slack.callsOf('response_url').filter((c) => c.args.url === `/response/${id}`);
      await waitFor(() => posts().length >= count, `${count} post(s) to response_url ${id}`);
      return posts().map((c) => c.args as unknown as SlackReply);
    },
    async inboxThread() {
      const thread = await createSlackAdapter({ bot, stores: createPlatformStores(db, clock), config, logger, clock, options: { homeRefreshDelayMs: 0 } });
      threads.push(thread);
      return thread;
    },
    async post(body, o = {}) {
      const headers: Record<string, string> = {
        'content-type': o.contentType ?? (body.startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded'),
        ...(o.unsigned ? {} : signedHeaders(SECRET, body)),
        ...o.headers,
      };
      const res = await fetch(`${server.url}/slack/events`, { method: 'POST', headers, body });
      const text = await res.text();
      return { status: res.status, text, json: () => JSON.parse(text) as unknown };
    },
    async close() {
      for (const thread of threads) await thread.inbound.stop();
      await adapter.inbound.stop();
      await server.close();
      await slack.stop();
      await dbh.drop();
    },
  };
  return harness;
}
