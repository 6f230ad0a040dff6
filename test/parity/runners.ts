import { PassThrough, Readable } from 'node:stream';
import { createConsoleAdapter } from '../../adapters/console';
import { createBot } from '../../src/bot/bot';
import { fixedClock } from '../../src/clock';
import type { Db } from '../../src/db/client';
import type { DatabaseProvider } from '../../src/db/databaseUrl';
import { translator } from '../../src/i18n';
import { createLogger } from '../../src/logger';
import type { ChatPlatform } from '../../src/platform/chatPlatform';
import { freshDatabase } from '../support/databases';
import { seedSmallTown } from '../support/fixtures';
import { startHarness as startSlack, U } from '../slack/harness';
import { installationUpdate, personalMessage } from '../teams/support/activities';
import { cardsOf, cardText, startHarness as startTeams } from '../teams/support/harness';
import { EMAIL, type ScriptLine } from './script';

/** What one adapter left behind after the script: its database and the text of each reply, in script order. */
export interface Run {
  /** The adapter, as the core sees it. */
  platform: ChatPlatform;
  db: Db;
  tenantId: string;
  /** The person the script calls Max. */
  maxId: string;
  replies: string[];
  /** Whatever the platform needs to reach Max directly (Teams: his personal chat with the bot). */
  reachMax(): Promise<void>;
  /** Text of everything the platform received through its outgoing side so far. */
  outgoing(): string;
  close(): Promise<void>;
}

/** The console: one piped session as Max, switching with `/als`, the output split at each echoed command. */
export async function runConsole(provider: DatabaseProvider, script: ScriptLine[], now: Date): Promise<Run> {
  const database = await freshDatabase(provider);
  const town = await seedSmallTown(database.db, now);
  const bot = createBot({ db: database.db, clock: fixedClock(now), logger: createLogger('silent') });
  const lines: string[] = [];
  let current = script[0]!.as;
  for (const line of script) {
    if (line.as !== current) lines.push(`/als ${EMAIL[line.as]}`);
    lines.push(line.text);
    current = line.as;
  }
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const input = Readable.from([`${lines.join('\n')}\n`]);
  const platform = createConsoleAdapter({ bot, tenantSlug: 'klein', userEmail: EMAIL[script[0]!.as], input, output, interactive: false, t: translator('de') });
  await platform.inbound.run();
  const replies = text
    .split(/^(?=\S+@\S+> )/m)
    .map((segment) => ({ command: segment.slice(0, segment.indexOf('\n')).replace(/^\S+> /, ''), reply: segment.slice(segment.indexOf('\n') + 1) }))
    .filter((s) => !s.command.startsWith('/als'))
    .map((s) => s.reply.trim());
  const afterScript = text.length;
  return {
    platform,
    db: database.db,
    tenantId: town.tenant.id,
    maxId: town.max.id,
    replies,
    // The small town links every person's console account (their e-mail address).
    reachMax: async () => {},
    outgoing: () => text.slice(afterScript),
    close: () => database.drop(),
  };
}

/** Slack: signed `/v2030` slash commands over HTTP, each answer taken from its response_url post. */
export async function runSlack(provider: DatabaseProvider, script: ScriptLine[]): Promise<Run> {
  const h = await startSlack(provider);
  const replies: string[] = [];
  try {
    for (const line of script) {
      const { reply } = await h.command(U[line.as], line.text);
      replies.push(`${reply.text}\n${cardText(reply.blocks)}`);
    }
    await h.adapter.inbound.settled();
    const posted = () => h.slack.calls.filter((c) => c.method === 'chat.postMessage' || c.method === 'chat.update');
    return {
      platform: h.adapter,
      db: h.dbh.db,
      tenantId: h.seed.tenant.id,
      maxId: h.seed.max.id,
      replies,
      reachMax: async () => {},
      outgoing: () => posted().map((c) => `${String(c.args.text)}\n${cardText(c.args.blocks)}`).join('\n'),
      close: () => h.close(),
    };
  } catch (error) {
    await h.close();
    throw error;
  }
}

/** Teams: personal-chat message activities into the CloudAdapter (unauthenticated mode), each answer read from the fake connector. */
export async function runTeams(provider: DatabaseProvider, script: ScriptLine[]): Promise<Run> {
  const h = await startTeams(provider, { unauthenticated: true });
  const replies: string[] = [];
  try {
    // The harness links only Max (Olga is linked from the roster on first contact, with an audit row);
    // link her up front as the Slack harness does, so that all three runs start alike.
    await h.database.db.platformIdentity.create({ data: { tenantId: h.town.tenant.id, personId: h.town.olga.id, platform: 'teams', externalUserId: h.users.olga.aadObjectId } });
    for (const line of script) {
      const response = await h.post(personalMessage(line.text, { serviceUrl: h.connector.url, user: h.users[line.as] }));
      if (response.status !== 200) throw new Error(`Teams answered ${response.status} to "${line.text}"`);
      const messages = h.connector.messages();
      h.connector.clear();
      replies.push(messages.map((m) => [m.body.text ?? '', ...cardsOf(m.body).map(cardText)].join('\n')).join('\n'));
    }
    return {
      platform: h.teams,
      db: h.database.db,
      tenantId: h.town.tenant.id,
      maxId: h.town.max.id,
      replies,
      reachMax: async () => {
        await h.post(installationUpdate('add', 'personal', { serviceUrl: h.connector.url, user: h.users.max }));
      },
      outgoing: () => h.connector.calls.filter((c) => c.kind !== 'roster').map((c) => [String(c.body.text ?? ''), ...cardsOf(c.body).map(cardText)].join('\n')).join('\n'),
      close: () => h.close(),
    };
  } catch (error) {
    await h.close();
    throw error;
  }
}
