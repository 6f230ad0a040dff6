import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SLACK_LIMITS } from '../../adapters/slack/limits';
import { createDeliveryWorker } from '../../src/outbox/deliveryWorker';
import { createReportJob } from '../../src/reports/inYear/reportJob';
import { createScheduler } from '../../src/scheduler/scheduler';
import { providers } from '../support/databases';
import { capturingLogger } from '../support/logs';
import { addReportFigures } from '../reports/reportTown';
import { startHarness, U, type Harness } from './harness';

const PNG_SIGNATURE = Buffer.from('89504e470d0a1a0a', 'hex');
const PNG_END = Buffer.from('49454e44ae426082', 'hex');

describe.each(providers)('the scheduled in-year report in a Slack channel (%s)', (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(provider);
  });
  afterEach(async () => h?.close());

  it('arrives on `v2030 run report` in the channel subscribed with `abo bericht`, with its charts uploaded as PNG files', async () => {
    await addReportFigures(h.dbh.db, h.seed);
    expect((await h.command(U.lea, 'abo bericht KLI')).reply.text).toBe('Dieser Kanal bekommt jetzt den unterjährigen Bericht für Klima.');

    h.clock.set(new Date('2026-10-20T07:00:00Z'));
    const logger = capturingLogger().logger;
    await createScheduler({ db: h.dbh.db, clock: h.clock, logger, jobs: [createReportJob([{ platform: 'slack', limits: SLACK_LIMITS }])], workerId: 'w' }).runNow('report', 'klein');
    const worker = createDeliveryWorker({ db: h.dbh.db, clock: h.clock, logger, ports: [h.adapter.outgoing] });
    // Until every post is delivered; a post the worker gave up on fails the test instead of looping.
    for (let round = 0; round < 60 && (await h.dbh.db.outboxMessage.count({ where: { status: { in: ['pending', 'sending'] } } })) > 0; round++) {
      h.clock.set(new Date(h.clock.now().getTime() + 2000));
      await worker.runOnce();
    }
    expect(await h.dbh.db.outboxMessage.groupBy({ by: ['status'], _count: true })).toEqual([{ status: 'sent', _count: expect.any(Number) }]);

    const posts = h.slack.callsOf('chat.postMessage').map((c) => c.args as { channel: string; text: string; blocks: unknown[] });
    expect(posts.length).toBeGreaterThanOrEqual(2);
    expect(posts.every((p) => p.channel === 'C0KLIMA01')).toBe(true);
    expect(posts[0]!.text).toContain('Unterjähriger Bericht Q3/2026 – Kleinstadt');
    expect(JSON.stringify(posts.map((p) => p.blocks))).toContain('Klima');
    // Budget execution, CO2-1 and MOB-1: uploaded, then shown in image blocks by their file ids.
    expect(h.slack.uploads).toHaveLength(3);
    const shown = JSON.stringify(posts.map((p) => p.blocks)).match(/"slack_file":\{"id":"(F\d+)"\}/g) ?? [];
    expect(shown.map((s) => /F\d+/.exec(s)![0]).sort()).toEqual(h.slack.uploads.map((u) => u.id).sort());
    for (const upload of h.slack.uploads) {
      expect(upload.completed).toBe(true);
      const start = upload.body.indexOf(PNG_SIGNATURE);
      const end = upload.body.indexOf(PNG_END);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeGreaterThan(start);
      const png = upload.body.subarray(start, end + PNG_END.length);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([800, 400]);
    }
    expect(h.slack.uploads.map((u) => u.altText).join('\n')).toContain('CO2-1');
  });
});
