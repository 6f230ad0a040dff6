/**
 * Benchmark of the Slack path `/v2030 fortschritt M-x n` (signed request in → Bolt receiver →
 * signature check → workspace → command stored in the durable inbox → ack) against a bare Bolt app
 * that only acknowledges the same request, in the same run, with autocannon on loopback. autocannon
 * and the fake Slack (Web API, response_url) run in child processes (bench/load.ts,
 * bench/fakePlatform.ts), so neither takes a server's event loop. As in `v2030 start`, the inbox
 * worker runs in its own thread at a lower priority (adapters/cli/inboxThread.ts) and, while the
 * listener is saturated, leaves commands younger than 30 s for later; it books each command (tenant
 * and user, progress stored in a transaction with audit and delivery key, answer posted to
 * response_url), and the time it needs to work off what was acknowledged is measured too. Run: `npx tsx bench/slack/run.ts` (BENCH_SECONDS, BENCH_CONNECTIONS;
 * BENCH_INBOX=in-process runs the worker on the listener's event loop instead; DATABASE_URL=postgresql://…
 * for PostgreSQL).
 */
import fs from 'node:fs';
import { createPlatformStores } from '../../src/platform/stores';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { App, ExpressReceiver } from '@slack/bolt';
import express from 'express';
import { startInboxThread } from '../../adapters/cli/inboxThread';
import { startHttpServer } from '../../adapters/http/server';
import { createSlackAdapter } from '../../adapters/slack';
import { createBot } from '../../src/bot/bot';
import { systemClock } from '../../src/clock';
import { loadConfig } from '../../src/config/env';
import { createDb } from '../../src/db/client';
import { createLogger } from '../../src/logger';
import { seedSmallTown } from '../../test/support/fixtures';
import { benchDatabase } from '../benchDatabase';
import { startFakePlatform } from '../fakePlatform';
import { runLoad, type LoadResult } from '../load';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const THREAD = (process.env.BENCH_INBOX ?? 'thread') !== 'in-process';
const SECRET = 'bench-signing-secret';
const TEAM = 'T0BENCH01';
const USER = 'U0MAX0001';
const ROOT = path.resolve(import.meta.dirname, '..', '..');

let responseUrl = 'http://127.0.0.1:9/unused';
const load = (url: string, seconds: number, command: 'fortschritt' | 'hilfe' = 'fortschritt') =>
  runLoad({ url: `${url}/slack/events`, connections: CONNECTIONS, seconds, slack: { secret: SECRET, team: TEAM, user: USER, responseUrl, command } });

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
  const slack = await startFakePlatform('slack', TEAM);
  responseUrl = slack.responseUrl;
  const logger = createLogger('silent');
  const env = { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_API_URL: slack.apiUrl, V2030_TENANT: 'klein', DATABASE_URL: target.url, LOG_LEVEL: 'silent' };
  const config = loadConfig(env);
  const bot = createBot({ db, clock: systemClock, logger });
  const inbox = THREAD ? await startInboxThread({ env, logger }) : undefined;
  const adapter = await createSlackAdapter({ bot, stores: createPlatformStores(db, systemClock), config, logger, clock: systemClock, inbox: { worker: !inbox, onStored: () => inbox?.wake() } });
  const settled = async () => {
    await inbox?.drained();
    await adapter.inbound.settled();
  };
  const ours = await startHttpServer({ port: 0, host: '127.0.0.1', stores: createPlatformStores(db, systemClock), logger, mounts: [adapter.inbound.routes] });
  const bare = await bareBolt();

  // Warm up both (JIT, connection pools), then measure bare first, then ours, same settings.
  await load(bare.url, 1);
  await load(ours.url, 1);
  await settled();
  const storedBefore = await db.measureProgress.count();
  const inboxBefore = await db.inboundRequest.count();
  const bareResult = await load(bare.url, SECONDS);
  const oursResult = await load(ours.url, SECONDS);
  const loadEnded = performance.now();
  const backlog = await db.inboundRequest.count({ where: { status: { not: 'done' } } });
  await settled();
  const drainSeconds = (performance.now() - loadEnded) / 1000;
  const stored = (await db.measureProgress.count()) - storedBefore;
  const inboxed = (await db.inboundRequest.count()) - inboxBefore;
  const processedPerSecond = stored / (SECONDS + drainSeconds);
  // The adapter's own cost: the same signed request path with a command that reads nothing but the tenant.
  const helpResult = await load(ours.url, SECONDS, 'hilfe');
  await settled();

  const row = (name: string, r: LoadResult) => `| ${name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.ok} | ${r.failed} |`;
  const rpsRatio = oursResult.rps / bareResult.rps;
  const p99Ratio = oursResult.p99 / Math.max(1, bareResult.p99);
  const table = [
    `# Slack benchmark: \`/v2030 fortschritt\` vs a bare Bolt app`,
    '',
    `${new Date().toISOString()} · ${os.cpus().length} CPU (${os.cpus()[0]?.model ?? 'unknown'}) · Node ${process.version} · ${database.label} · autocannon in a child process, ${CONNECTIONS} connections, ${SECONDS} s each, loopback · inbox worker ${THREAD ? 'in its own thread (as `v2030 start`)' : 'on the listener\'s event loop'}`,
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
    `Processing (the inbox worker, ${THREAD ? 'own thread, nice 10, deferring young commands while the listener is saturated' : 'same event loop'}, 4 at a time): ${inboxed} commands stored, ${stored} progress entries booked, ${inboxed - backlog} of them during the load, ${backlog} still waiting when the load stopped, ` +
      `worked off ${drainSeconds.toFixed(1)} s later: ${processedPerSecond.toFixed(0)} bookings/s end to end (each answered through response_url).`,
    '',
    `\`hilfe\`: ${((helpResult.rps / bareResult.rps) * 100).toFixed(0)} % of the bare app's throughput, p99 ${(helpResult.p99 / Math.max(1, bareResult.p99)).toFixed(2)}×.`,
    '',
    'Reproduce: `npx tsx bench/slack/run.ts` (env BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_INBOX=in-process; DATABASE_URL=postgresql://root@127.0.0.1:5432/postgres for PostgreSQL, writes bench/results/slack-postgresql.md).',
  ].join('\n');
  console.log(table);
  fs.mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench', 'results', `${database.label === 'SQLite' ? 'slack' : 'slack-postgresql'}${THREAD ? '' : '-in-process'}.md`), `${table}\n`);

  await bare.close();
  await inbox?.stop();
  await adapter.inbound.stop();
  await ours.close();
  slack.stop();
  await db.$disconnect();
  await database.drop();
}

await main();
