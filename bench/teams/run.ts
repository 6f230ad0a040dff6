/**
 * Teams throughput: the text command `meine` through /api/messages (tenant and user resolution, core,
 * database, Adaptive Card, reply to a local connector) against a bare CloudAdapter echo bot, in
 * the same run, on loopback. Both without JWT authentication (it would cost both the same).
 *
 *   npx tsx bench/teams/run.ts [seconds=8] [connections=10]   (DATABASE_URL=postgresql://… for PostgreSQL)
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import express from 'express';
import { startHttpServer } from '../../adapters/http/server';
import { createTeamsAdapter } from '../../adapters/teams';
import { createBot } from '../../src/bot/bot';
import { systemClock } from '../../src/clock';
import { loadConfig } from '../../src/config/env';
import { createDb } from '../../src/db/client';
import { createLogger } from '../../src/logger';
import { seedSmallTown } from '../../test/support/fixtures';
import { KLEIN_TEAMS_TENANT, personalMessage, teamsUser } from '../../test/teams/support/activities';
import { startFakeConnector } from '../../test/teams/support/fakeConnector';
import { benchDatabase } from '../benchDatabase';

// autocannon ships no types; the part used here (loaded untyped, independent of other benchmarks' declarations).
interface LoadOptions {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
  connections: number;
  duration?: number;
  amount?: number;
}
interface LoadResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (options: LoadOptions) => Promise<LoadResult>;

const seconds = Number(process.argv[2] ?? 8);
const connections = Number(process.argv[3] ?? 10);

async function measure(url: string, body: string) {
  const result = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

async function main() {
  const database = await benchDatabase();
  const db = createDb(database.target);
  const now = new Date();
  const town = await seedSmallTown(db, now);
  const max = teamsUser('Max Mitglied');
  await db.platformBinding.create({ data: { tenantId: town.tenant.id, platform: 'teams', externalId: KLEIN_TEAMS_TENANT } });
  await db.platformIdentity.create({ data: { tenantId: town.tenant.id, personId: town.max.id, platform: 'teams', externalUserId: max.aadObjectId } });
  const connector = await startFakeConnector();
  const logger = createLogger('silent');

  const config = loadConfig({ V2030_TENANT: 'klein', TEAMS_ALLOW_UNAUTHENTICATED: 'true' });
  const teams = createTeamsAdapter({ bot: createBot({ db, clock: systemClock, logger }), db, config, logger, clock: systemClock });
  const ours = await startHttpServer({ port: 0, host: '127.0.0.1', db, logger, mounts: [teams.mount] });

  const bare = express();
  const echo = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  bare.post('/api/messages', express.json(), (req, res) => echo.process(req, res, async (context) => void (await context.sendActivity(`echo: ${context.activity.text}`))));
  const bareServer = http.createServer(bare);
  await new Promise<void>((resolve) => bareServer.listen(0, '127.0.0.1', resolve));
  const barePort = (bareServer.address() as { port: number }).port;

  const bodyOf = (text: string) => JSON.stringify(personalMessage(text, { serviceUrl: connector.url, user: max, id: `bench-${text}` }));
  // warm up both (JIT, prepared statements, connection pools)
  for (const url of [`${ours.url}/api/messages`, `http://127.0.0.1:${barePort}/api/messages`]) {
    await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body: bodyOf('meine'), connections, amount: 300 });
  }
  const echoResult = await measure(`http://127.0.0.1:${barePort}/api/messages`, bodyOf('meine'));
  connector.clear();
  const helpResult = await measure(`${ours.url}/api/messages`, bodyOf('hilfe'));
  connector.clear();
  const botResult = await measure(`${ours.url}/api/messages`, bodyOf('meine'));
  connector.clear();

  const ratio = botResult.rps / echoResult.rps;
  const p99Ratio = botResult.p99 / Math.max(echoResult.p99, 1);
  const table = [
    `## Teams: /api/messages (${seconds} s, ${connections} connections, loopback, ${database.label}, Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'})`,
    '',
    '| bot | requests/s | p50 ms | p99 ms |',
    '|---|---:|---:|---:|',
    `| bare CloudAdapter echo | ${echoResult.rps.toFixed(0)} | ${echoResult.p50} | ${echoResult.p99} |`,
    `| Verwaltung 2.030, \`hilfe\` (tenant only, no person) | ${helpResult.rps.toFixed(0)} | ${helpResult.p50} | ${helpResult.p99} |`,
    `| Verwaltung 2.030, \`meine\` (person, measures, KPIs due) | ${botResult.rps.toFixed(0)} | ${botResult.p50} | ${botResult.p99} |`,
    '',
    `\`meine\`: throughput ${(ratio * 100).toFixed(0)} % of the bare bot (goal ≥ 50 %): ${ratio >= 0.5 ? 'met' : 'NOT met'}. ` +
      `p99 ${p99Ratio.toFixed(2)}× the bare bot's (goal ≤ 2×): ${p99Ratio <= 2 ? 'met' : 'NOT met'}.`,
    `\`hilfe\`: throughput ${((helpResult.rps / echoResult.rps) * 100).toFixed(0)} %, p99 ${(helpResult.p99 / Math.max(echoResult.p99, 1)).toFixed(2)}×.`,
    '',
    'autocannon, the bots and the fake Bot Connector share one Node process.',
    'Reproduce: `npx tsx bench/teams/run.ts [seconds] [connections]`.',
  ].join('\n');
  console.log(table);
  fs.mkdirSync(path.join(import.meta.dirname, '..', 'results'), { recursive: true });
  fs.writeFileSync(path.join(import.meta.dirname, '..', 'results', database.label === 'SQLite' ? 'teams.md' : 'teams-postgresql.md'), `${table}\n`);

  await ours.close();
  await new Promise<void>((resolve) => bareServer.close(() => resolve()));
  await connector.close();
  await db.$disconnect();
  await database.drop();
}

await main();
