import { PassThrough, Readable } from 'node:stream';
import { runConsoleChat } from '../../adapters/console/consoleChat';
import { createBot } from '../../src/bot/bot';
import { fixedClock } from '../../src/clock';
import type { Db } from '../../src/db/client';
import type { DatabaseProvider } from '../../src/db/databaseUrl';
import { translator } from '../../src/i18n';
import { createLogger } from '../../src/logger';
import { freshDatabase } from '../support/databases';
import { seedSmallTown } from '../support/fixtures';
import { startHarness as startSlack, U } from '../slack/harness';
import { personalMessage } from '../teams/support/activities';
import { cardsOf, cardText, startHarness as startTeams } from '../teams/support/harness';
import { EMAIL, type ScriptLine } from './script';

/** What one adapter left behind after the script: its database and the text of each reply, in script order. */
export interface Run {
  db: Db;
  replies: string[];
  close(): Promise<void>;
}

/** The console: one piped session as Max, switching with `/als`, the output split at each echoed command. */
export async function runConsole(provider: DatabaseProvider, script: ScriptLine[], now: Date): Promise<Run> {
  const database = await freshDatabase(provider);
  await seedSmallTown(database.db, now);
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
  await runConsoleChat({ bot, tenantSlug: 'klein', userEmail: EMAIL[script[0]!.as], input, output, interactive: false, t: translator('de') });
  const replies = text
    .split(/^(?=\S+@\S+> )/m)
    .map((segment) => ({ command: segment.slice(0, segment.indexOf('\n')).replace(/^\S+> /, ''), reply: segment.slice(segment.indexOf('\n') + 1) }))
    .filter((s) => !s.command.startsWith('/als'))
    .map((s) => s.reply.trim());
  return { db: database.db, replies, close: () => database.drop() };
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
    await h.adapter.settled();
    return { db: h.dbh.db, replies, close: () => h.close() };
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
    return { db: h.database.db, replies, close: () => h.close() };
  } catch (error) {
    await h.close();
    throw error;
  }
}
