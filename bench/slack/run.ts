/**
 * Benchmark of the Slack path `/v2030 fortschritt M-x n` (signed request in → Bolt receiver →
 * signature check → workspace → command stored in the durable inbox → ack) against a bare Bolt app
 * that only acknowledges the same request, in the same run, with autocannon on loopback. The inbox
 * worker processes the stored commands in the same process meanwhile (tenant and user, progress
 * stored in a transaction with audit and delivery key, answer posted to response_url); the time it
 * needs to work off what was acknowledged is measured too. Run: `npx tsx bench/slack/run.ts`
 * (BENCH_SECONDS, BENCH_CONNECTIONS; DATABASE_URL=postgresql://… for PostgreSQL).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { App, ExpressReceiver } from '@slack/bolt';
import autocannon from 'autocannon';
import express from 'express';
import { startHttpServer } from '../../adapters/http/server';
import { createSlackAdapter } from '../../adapters/slack';
import { createBot } from '../../src/bot/bot';
import { systemClock } from '../../src/clock';
import { loadConfig } from '../../src/config/env';
import { createDb } from '../../src/db/client';
import { createLogger } from '../../src/logger';
import { seedSmallTown } from '../../test/support/fixtures';
import { FakeSlack } from '../../test/slack/fakeSlack';
import { benchDatabase } from '../benchDatabase';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECRET = 'bench-signing-secret';
const TEAM = 'T0BENCH01';
const USER = 'U0MAX0001';
const ROOT = path.resolve(import.meta.dirname, '..', '..');

let seq = 0;
let responseUrl = 'http://127.0.0.1:9/unused';
let commandText = (n: number) => `fortschritt ${n % 2 === 0 ? 'M-1' : 'M-2'} ${n % 100}`;
function signedCommand(): { body: string; headers: Record<string, string> } {
  seq++;
  const body = new URLSearchParams({
    token: 'x', team_id: TEAM, team_domain: 'bench', channel_id: 'C0BENCH01', channel_name: 'bench', user_id: USER, user_name: 'max',
    command: '/v2030', text: commandText(seq), api_app_id: 'A0001', is_enterprise_install: 'false',
    response_url: responseUrl, trigger_id: `${seq}.${process.pid}.${crypto.randomBytes(8).toString('hex')}`,
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${crypto.createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  return { body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature } };
}

async function load(url: string, seconds: number) {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [{ method: 'POST', path: '/slack/events', setupRequest: (req) => ({ ...req, ...signedCommand() }) }],
  });
}

async function bareBolt(): Promise<{ url: string; close: () => Promise<void> }> {
  const receiver = new ExpressReceiver({ signingSecret: SECRET, endpoints: '/slack/events', app: express() });
  const app = new App({ receiver, authorize: async () => ({ botToken: 'xoxb-bench', botId: 'B1', botUserId: 'U1' }) });
  app.command(/.*/, async ({ ack }) => {
    await ack();
  });
  const server = http.createServer(receiver.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(() => r())) };
}

async function main() {
  const database = await benchDatabase();
  const target = database.target;
  const db = createDb(target);
  const seed = await seedSmallTown(db, new Date());
  await db.platformIdentity.create({ data: { tenantId: seed.tenant.id, personId: seed.max.id, platform: 'slack', externalUserId: USER } });
  const slack = new FakeSlack({ teamId: TEAM });
  await slack.start();
  responseUrl = slack.responseUrl('bench');
  const logger = createLogger('silent');
  const config = loadConfig({ SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_API_URL: slack.apiUrl, V2030_TENANT: 'klein', DATABASE_URL: target.url });
  const bot = createBot({ db, clock: systemClock, logger });
  const adapter = await createSlackAdapter({ bot, db, config, logger, clock: systemClock });
  const ours = await startHttpServer({ port: 0, host: '127.0.0.1', db, logger, mounts: [adapter.mount] });
  const bare = await bareBolt();

  // Warm up both (JIT, connection pools), then measure bare first, then ours, same settings.
  await load(bare.url, 1);
  await load(ours.url, 1);
  await adapter.settled();
  const storedBefore = await db.measureProgress.count();
  const inboxBefore = await db.inboundRequest.count();
  const bareResult = await load(bare.url, SECONDS);
  const oursResult = await load(ours.url, SECONDS);
  const loadEnded = performance.now();
  const backlog = await db.inboundRequest.count({ where: { status: { not: 'done' } } });
  await adapter.settled();
  const drainSeconds = (performance.now() - loadEnded) / 1000;
  const stored = (await db.measureProgress.count()) - storedBefore;
  const inboxed = (await db.inboundRequest.count()) - inboxBefore;
  const processedPerSecond = stored / (SECONDS + drainSeconds);
  // The adapter's own cost: the same signed request path with a command that reads nothing but the tenant.
  commandText = () => 'hilfe';
  const helpResult = await load(ours.url, SECONDS);
  await adapter.settled();

  const row = (name: string, r: Awaited<ReturnType<typeof load>>) =>
    `| ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r['2xx']} | ${r.non2xx + r.errors + r.timeouts} |`;
  const rpsRatio = oursResult.requests.average / bareResult.requests.average;
  const p99Ratio = oursResult.latency.p99 / Math.max(1, bareResult.latency.p99);
  const table = [
    `# Slack benchmark: \`/v2030 fortschritt\` vs a bare Bolt app`,
    '',
    `${new Date().toISOString()} · ${os.cpus().length} CPU (${os.cpus()[0]?.model ?? 'unknown'}) · Node ${process.version} · ${database.label} · autocannon, ${CONNECTIONS} connections, ${SECONDS} s each, loopback`,
    '',
    '| variant | req/s | p50 ms | p99 ms | 2xx | errors/non-2xx |',
    '|---|---:|---:|---:|---:|---:|',
    row('bare Bolt app (ack only)', bareResult),
    row('v2030 fortschritt (verified, stored in the inbox, acked)', oursResult),
    row('v2030 hilfe (same path)', helpResult),
    '',
    `Acknowledged \`fortschritt\`: ${(rpsRatio * 100).toFixed(0)} % of the bare app's throughput (goal ≥ 50 %): ${rpsRatio >= 0.5 ? 'met' : 'NOT met'}; ` +
      `p99 ${p99Ratio.toFixed(2)}× its p99 (goal ≤ 2×): ${p99Ratio <= 2 ? 'met' : 'NOT met'}. Every acknowledged request was in the inbox, committed, before its ack.`,
    '',
    `Processing (the inbox worker, same process, 4 at a time): ${inboxed} commands stored, ${stored} progress entries booked, ${backlog} still waiting when the load stopped, ` +
      `worked off ${drainSeconds.toFixed(1)} s later: ${processedPerSecond.toFixed(0)} bookings/s end to end (each answered through response_url).`,
    '',
    `\`hilfe\`: ${((helpResult.requests.average / bareResult.requests.average) * 100).toFixed(0)} % of the bare app's throughput, p99 ${(helpResult.latency.p99 / Math.max(1, bareResult.latency.p99)).toFixed(2)}×.`,
    '',
    'Reproduce: `npx tsx bench/slack/run.ts` (env BENCH_SECONDS, BENCH_CONNECTIONS; DATABASE_URL=postgresql://root@127.0.0.1:5432/postgres for PostgreSQL, writes bench/results/slack-postgresql.md).',
  ].join('\n');
  console.log(table);
  fs.mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench', 'results', database.label === 'SQLite' ? 'slack.md' : 'slack-postgresql.md'), `${table}\n`);

  await bare.close();
  await adapter.stop();
  await ours.close();
  await slack.stop();
  await db.$disconnect();
  await database.drop();
}

await main();
