/**
 * Benchmark of the digest fan-out: the weekly digest of the demo municipality (all six action fields,
 * posted as one message per field) to 200 subscribed Slack channels through the real outbox worker
 * and Slack port, against a fake Slack that answers in 50 ms and enforces one message per second per
 * channel. Reports total time and peak memory against the floor the rate limit allows.
 * Run: `npx tsx bench/outbox/run.ts` (BENCH_CHANNELS, BENCH_CONCURRENCY).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { systemClock } from '../../src/clock';
import { createDb } from '../../src/db/client';
import { resolveDatabaseTarget } from '../../src/db/databaseUrl';
import { applyMigrations } from '../../src/db/migrate';
import { seedDemo } from '../../src/demo/seedDemo';
import { digestJob } from '../../src/digest/digestJob';
import { createLogger } from '../../src/logger';
import { createDeliveryWorker } from '../../src/outbox/deliveryWorker';
import { FakeSlackChannels } from '../../test/outbox/fakeSlackChannels';
import { slackPortFor, WORKSPACE } from '../../test/outbox/support';

const CHANNELS = Number(process.env.BENCH_CHANNELS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const ANSWER_MS = 50;
const ROOT = path.resolve(import.meta.dirname, '..', '..');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v2030-bench-outbox-'));
const target = resolveDatabaseTarget(`file:${path.join(dir, 'bench.db')}`);
await applyMigrations(target);
const db = createDb(target);
const now = new Date();
const { tenantId } = await seedDemo(db, { now });
const tenant = await db.tenant.findUniqueOrThrow({ where: { id: tenantId } });
const creator = await db.person.findFirstOrThrow({ where: { tenantId } });
// BENCH_SCOPE=fields subscribes every channel to each action field separately: six messages per
// channel, so the one-per-second limit sets the floor.
const scopes = process.env.BENCH_SCOPE === 'fields' ? (await db.actionField.findMany({ where: { tenantId } })).map((f) => f.id) : [''];
await db.channelSubscription.createMany({
  data: Array.from({ length: CHANNELS }, (_, i) =>
    scopes.map((actionFieldId) => ({ tenantId, platform: 'slack', workspaceId: WORKSPACE, conversationId: `C${String(i).padStart(6, '0')}`, kind: 'digest', actionFieldId, createdById: creator.id })),
  ).flat(),
});

const fake = new FakeSlackChannels();
fake.answerDelayMs = ANSWER_MS;
await fake.start();
const logger = createLogger('warn');
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

const started = performance.now();
await digestJob.run({
  db,
  tenant: { id: tenant.id, slug: tenant.slug, name: tenant.name, locale: 'de', timeZone: tenant.timeZone },
  slotTime: now,
  slotKey: 'bench',
  now,
  logger,
});
const enqueued = performance.now();
const messages = await db.outboxMessage.count();
const worker = createDeliveryWorker({ db, clock: systemClock, logger, ports: [slackPortFor(fake, 5000)], concurrency: CONCURRENCY });
worker.start(20);
while ((await db.outboxMessage.count({ where: { status: 'sent' } })) < messages) await new Promise((r) => setTimeout(r, 50));
await worker.stop();
const finished = performance.now();
clearInterval(sampler);

const perChannel = messages / CHANNELS;
// Per channel, messages go one per second; channels in parallel. A floor ignoring the worker's own cost:
const floorMs = (perChannel - 1) * 1000 + ANSWER_MS;
const rejected = fake.rejected.length;
const table = [
  `| scope | channels | messages | per channel | build + enqueue | delivery | floor (rate limit) | delivery / floor | peak RSS | 429s |`,
  `|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|`,
  `| ${process.env.BENCH_SCOPE === 'fields' ? 'one subscription per field' : 'all fields'} | ${CHANNELS} | ${messages} | ${perChannel} | ${((enqueued - started) / 1000).toFixed(1)} s | ${((finished - enqueued) / 1000).toFixed(1)} s | ${(floorMs / 1000).toFixed(1)} s | ${((finished - enqueued) / floorMs).toFixed(2)} | ${Math.round(peakRss / 2 ** 20)} MiB | ${rejected} |`,
].join('\n');
const report = `# Digest fan-out benchmark\n\n${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, Node ${process.version}, SQLite, worker concurrency ${CONCURRENCY}, fake Slack answering in ${ANSWER_MS} ms with 1 message/s/channel.\n\n${table}\n`;
console.log(report);
fs.mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'bench', 'results', `outbox-${process.env.BENCH_SCOPE === 'fields' ? 'fields' : 'all'}.md`), report);
await fake.stop();
await db.$disconnect();
fs.rmSync(dir, { recursive: true, force: true });
