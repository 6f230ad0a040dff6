/**
 * Teams throughput: the text command `meine` through /api/messages (tenant resolution, stored in the
 * durable inbox, 200) against a bare CloudAdapter echo bot that answers within the request, in the
 * same run, on loopback. Both without JWT authentication (it would cost both the same). autocannon
 * and the fake Bot Connector run in child processes (bench/load.ts, bench/fakePlatform.ts), each
 * request with a new activity id. As in `v2030 start` the inbox worker runs in its own thread (lower
 * priority, deferring young messages while the listener is saturated) and answers each message through the (fake) Bot Connector
 * (person, measures, KPIs due, Adaptive Card); how fast it works off what was acknowledged is measured too.
 *
 *   npx tsx bench/teams/run.ts [seconds=8] [connections=10]   (DATABASE_URL=postgresql://… for PostgreSQL)
 */
import fs from 'node:fs';
import { createPlatformStores } from '../../src/platform/stores';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import express from 'express';
import { startInboxThread } from '../../adapters/cli/inboxThread';
import { startHttpServer } from '../../adapters/http/server';
import { createTeamsAdapter } from '../../adapters/teams';
import { createBot } from '../../src/bot/bot';
import { systemClock } from '../../src/clock';
import { loadConfig } from '../../src/config/env';
import { createDb } from '../../src/db/client';
import { createLogger } from '../../src/logger';
import { seedSmallTown } from '../../test/support/fixtures';
import { KLEIN_TEAMS_TENANT, personalMessage, teamsUser } from '../../test/teams/support/activities';
import { benchDatabase } from '../benchDatabase';
import { startFakePlatform } from '../fakePlatform';
import { runLoad } from '../load';

const seconds = Number(process.argv[2] ?? 8);
const connections = Number(process.argv[3] ?? 10);
const THREAD = (process.env.BENCH_INBOX ?? 'thread') !== 'in-process';

async function measure(url: string, body: string, amount?: number) {
  const result = await runLoad({ url, body, connections, ...(amount ? { amount } : { seconds }) });
  if (result.failed > 0) throw new Error(`${url}: ${result.failed} non-2xx or errors`);
  return result;
}

async function main() {
  const database = await benchDatabase();
  const db = createDb(database.target);
  const now = new Date();
  const town = await seedSmallTown(db, now);
  const max = teamsUser('Max Mitglied');
  await db.platformBinding.create({ data: { tenantId: town.tenant.id, platform: 'teams', externalId: KLEIN_TEAMS_TENANT } });
  await db.platformIdentity.create({ data: { tenantId: town.tenant.id, personId: town.max.id, platform: 'teams', externalUserId: max.aadObjectId } });
  const connector = await startFakePlatform('teams');
  const logger = createLogger('silent');

  const env = { V2030_TENANT: 'klein', TEAMS_ALLOW_UNAUTHENTICATED: 'true', DATABASE_URL: database.target.url, LOG_LEVEL: 'silent' };
  const config = loadConfig(env);
  const inbox = THREAD ? await startInboxThread({ env, logger }) : undefined;
  const teams = createTeamsAdapter({
    bot: createBot({ db, clock: systemClock, logger }), stores: createPlatformStores(db, systemClock), config, logger, clock: systemClock,
    inbox: { worker: !inbox, onStored: () => inbox?.wake() },
  });
  const settled = async () => {
    await inbox?.drained();
    await teams.inbound.settled();
  };
  const ours = await startHttpServer({ port: 0, host: '127.0.0.1', stores: createPlatformStores(db, systemClock), logger, mounts: [teams.inbound.routes] });

  const bare = express();
  const echo = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  bare.post('/api/messages', express.json(), (req, res) => echo.process(req, res, async (context) => void (await context.sendActivity(`echo: ${context.activity.text}`))));
  const bareServer = http.createServer(bare);
  await new Promise<void>((resolve) => bareServer.listen(0, '127.0.0.1', resolve));
  const barePort = (bareServer.address() as { port: number }).port;

  // `__ID__`: the load generator puts a new activity id into each request.
  const bodyOf = (text: string) => JSON.stringify(personalMessage(text, { serviceUrl: connector.apiUrl, user: max, id: '__ID__' }));
  // warm up both (JIT, prepared statements, connection pools)
  for (const url of [`${ours.url}/api/messages`, `http://127.0.0.1:${barePort}/api/messages`]) await measure(url, bodyOf('meine'), 300);
  await settled();
  await connector.clear();
  const echoResult = await measure(`http://127.0.0.1:${barePort}/api/messages`, bodyOf('meine'));
  await connector.clear();
  const helpResult = await measure(`${ours.url}/api/messages`, bodyOf('hilfe'));
  await settled();
  await connector.clear();
  const inboxBefore = await db.inboundRequest.count();
  const botResult = await measure(`${ours.url}/api/messages`, bodyOf('meine'));
  const loadEnded = performance.now();
  const backlog = await db.inboundRequest.count({ where: { status: { not: 'done' } } });
  await settled();
  const drainSeconds = (performance.now() - loadEnded) / 1000;
  const inboxed = (await db.inboundRequest.count()) - inboxBefore;
  const answered = await connector.answers();
  const answeredPerSecond = answered / (seconds + drainSeconds);
  await connector.clear();

  const ratio = botResult.rps / echoResult.rps;
  const p99Ratio = botResult.p99 / Math.max(echoResult.p99, 1);
  const table = [
    `## Teams: /api/messages (${seconds} s, ${connections} connections, loopback, ${database.label}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}; inbox worker ${THREAD ? 'in its own thread, as `v2030 start`' : 'on the listener\'s event loop'})`,
    '',
    '| bot | requests/s | p50 ms | p99 ms |',
    '|---|---:|---:|---:|',
    `| bare CloudAdapter echo | ${echoResult.rps.toFixed(0)} | ${echoResult.p50} | ${echoResult.p99} |`,
    `| Verwaltung 2.030, \`hilfe\` (stored in the inbox, 200) | ${helpResult.rps.toFixed(0)} | ${helpResult.p50} | ${helpResult.p99} |`,
    `| Verwaltung 2.030, \`meine\` (stored in the inbox, 200) | ${botResult.rps.toFixed(0)} | ${botResult.p50} | ${botResult.p99} |`,
    '',
    `\`meine\`: throughput ${(ratio * 100).toFixed(0)} % of the bare bot (goal ≥ 50 %): ${ratio >= 0.5 ? 'met' : 'NOT met'}. ` +
      `p99 ${p99Ratio.toFixed(2)}× the bare bot's (goal ≤ 2×): ${p99Ratio <= 2 ? 'met' : 'NOT met'}.`,
    `\`hilfe\`: throughput ${((helpResult.rps / echoResult.rps) * 100).toFixed(0)} %, p99 ${(helpResult.p99 / Math.max(echoResult.p99, 1)).toFixed(2)}×.`,
    '',
    `Worked off (\`meine\`: person, measures, KPIs due, card posted to the connector): ${inboxed} messages stored, ${answered} answered, ${inboxed - backlog} of them during the load, ${backlog} still waiting when the load stopped, ` +
      `worked off ${drainSeconds.toFixed(1)} s later: ${answeredPerSecond.toFixed(0)} answers/s end to end.`,
    '',
    'autocannon and the fake Bot Connector run in child processes; both bots share the benchmark process (the inbox worker its own thread).',
    'Reproduce: `npx tsx bench/teams/run.ts [seconds] [connections]` (BENCH_INBOX=in-process: the worker on the listener\'s event loop).',
  ].join('\n');
  console.log(table);
  fs.mkdirSync(path.join(import.meta.dirname, '..', 'results'), { recursive: true });
  fs.writeFileSync(path.join(import.meta.dirname, '..', 'results', `${database.label === 'SQLite' ? 'teams' : 'teams-postgresql'}${THREAD ? '' : '-in-process'}.md`), `${table}\n`);

  await ours.close();
  await inbox?.stop();
  await teams.inbound.stop();
  await new Promise<void>((resolve) => bareServer.close(() => resolve()));
  connector.stop();
  await db.$disconnect();
  await database.drop();
}

await main();
