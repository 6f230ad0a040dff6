import { Writable } from 'node:stream';
import { createPlatformStores } from '../../../src/platform/stores';
import { startHttpServer, type HttpServer } from '../../../adapters/http/server';
import { createTeamsAdapter, type TeamsAdapter } from '../../../adapters/teams';
import { createBot, type Bot } from '../../../src/bot/bot';
import { fixedClock } from '../../../src/clock';
import { loadConfig } from '../../../src/config/env';
import type { DatabaseProvider } from '../../../src/db/databaseUrl';
import { createLogger } from '../../../src/logger';
import { freshDatabase, type TestDatabase } from '../../support/databases';
import { seedSmallTown } from '../../support/fixtures';
import { KLEIN_TEAMS_TENANT, teamsUser, type TeamsUser } from './activities';
import { startFakeConnector, type FakeConnector } from './fakeConnector';
import { startLocalAuth, type LocalAuth } from './localAuth';

export const NOW = new Date('2026-03-10T10:00:00Z');

export interface Harness {
  database: TestDatabase;
  town: Awaited<ReturnType<typeof seedSmallTown>>;
  connector: FakeConnector;
  server: HttpServer;
  teams: TeamsAdapter;
  /** Teams accounts of the seeded people (max and lea linked, olga unlinked but in the roster). */
  users: { max: TeamsUser; lea: TeamsUser; olga: TeamsUser; stranger: TeamsUser };
  logs: string[];
  /** The adapter's, the core's and the HTTP server's clock (fixed at NOW; tests move it). */
  clock: ReturnType<typeof fixedClock>;
  /** JWT signing with the local keys (undefined in unauthenticated mode). */
  auth?: LocalAuth;
  /**
   * Posts an activity; with authentication on, signed with a valid token unless `headers` are given.
   * Resolves after the 200 and after the inbox worker has answered what the request stored (a text
   * message is acknowledged at once and answered by the worker through the connector).
   */
  post(activity: unknown, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  postRaw(body: string, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Local development mode (TEAMS_ALLOW_UNAUTHENTICATED=true, no credentials) instead of JWT authentication. */
  unauthenticated?: boolean;
  /** Default here: ten minutes, so that no reply gets a typing indicator however busy the machine is. */
  typingDelayMs?: number;
  wrapBot?: (bot: Bot) => Bot;
  /** Where the bot fetches Microsoft's OpenID metadata (default: the local one that works). */
  openIdUrl?: string;
  signingKeys?: { timeoutMs: number; failureCacheMs: number };
  /** More configuration (e.g. V2030_PUBLIC_URL). */
  env?: Record<string, string>;
}

/** A seeded municipality with Teams bindings, the real HTTP server with the Teams adapter, and a fake connector. */
export async function startHarness(provider: DatabaseProvider, options: HarnessOptions = {}): Promise<Harness> {
  const database = await freshDatabase(provider);
  const { db } = database;
  const town = await seedSmallTown(db, NOW);
  const users = { max: teamsUser('Max Mitglied'), lea: teamsUser('Lea Lead'), olga: teamsUser('Olga Außen'), stranger: teamsUser('Fremde Person') };
  await db.platformBinding.create({ data: { tenantId: town.tenant.id, platform: 'teams', externalId: KLEIN_TEAMS_TENANT } });
  for (const [user, person] of [[users.max, town.max], [users.lea, town.lea]] as const) {
    await db.platformIdentity.create({ data: { tenantId: town.tenant.id, personId: person.id, platform: 'teams', externalUserId: user.aadObjectId } });
  }
  const connector = await startFakeConnector();
  connector.roster.set(users.olga.id, { id: users.olga.id, aadObjectId: users.olga.aadObjectId, name: 'Olga Außen', email: 'Olga@Klein.de', userPrincipalName: 'olga@klein.onmicrosoft.com' });
  connector.roster.set(users.stranger.id, { id: users.stranger.id, aadObjectId: users.stranger.aadObjectId, name: 'Fremde Person', email: 'fremd@elsewhere.de' });

  const logs: string[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (logs.push(chunk.toString()), done()) });
  const logger = createLogger('info', sink);
  const clock = fixedClock(NOW);
  const auth = options.unauthenticated ? undefined : await startLocalAuth({ openIdUrl: options.openIdUrl });
  const config = loadConfig({ V2030_TENANT: 'klein', ...(auth ? auth.env : { TEAMS_ALLOW_UNAUTHENTICATED: 'true' }), ...options.env });
  const core = createBot({ db, clock, logger });
  const bot = options.wrapBot ? options.wrapBot(core) : core;
  const stores = createPlatformStores(db, clock);
  const teams = createTeamsAdapter({ bot, stores, config, logger, clock, botFrameworkAuth: auth?.botFrameworkAuth, typingDelayMs: options.typingDelayMs ?? 10 * 60_000, signingKeys: options.signingKeys });
  await teams.ready;
  const server = await startHttpServer({ port: 0, host: '127.0.0.1', stores, logger, mounts: [teams.inbound.routes], clock });

  const postRaw = async (body: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // plain text answer
    }
    return { status: response.status, body: parsed };
  };
  return {
    database,
    town,
    connector,
    server,
    teams,
    users,
    logs,
    clock,
    auth,
    post: async (activity, headers) => {
      const serviceUrl = (activity as { serviceUrl?: string }).serviceUrl ?? connector.url;
      const authorization: Record<string, string> = auth && !headers ? { authorization: `Bearer ${await auth.sign(serviceUrl)}` } : {};
      const response = await postRaw(JSON.stringify(activity), { ...authorization, ...headers });
      await teams.inbound.settled();
      return response;
    },
    postRaw,
    close: async () => {
      await server.close();
      await teams.inbound.stop();
      await connector.close();
      await auth?.close();
      await database.drop();
    },
  };
}

/** All text of a card (TextBlocks, facts, inputs' labels and values, table cells), for assertions. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'string' && ['text', 'title', 'value', 'label', 'errorMessage', 'placeholder'].includes(key)) out.push(value);
        else walk(value);
      }
    }
  };
  walk(card);
  return out.join('\n');
}

/** The Adaptive Cards of a recorded bot message. */
export function cardsOf(body: Record<string, unknown>): unknown[] {
  return ((body.attachments as { content: unknown }[] | undefined) ?? []).map((a) => a.content);
}
