import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackCommandPayload } from '../../adapters/slack/commandInbox';
import { providers } from '../support/databases';
import type { FakeSlack } from './fakeSlack';
import { startHarness, TEAM, U, type Harness } from './harness';

/**
 * The durable inbox across a crash: rows that a previous process stored (and acknowledged) but did
 * not finish are processed when the adapter starts, and a row whose change had already been made
 * before the crash changes nothing twice.
 */
describe.each(providers)('Slack command inbox after a restart (%s)', (provider) => {
  let h: Harness;
  const payload = (slack: FakeSlack, text: string, trigger: string, responseId: string): SlackCommandPayload => ({
    text,
    userId: U.max,
    teamId: TEAM,
    channelId: 'C0KLEIN01',
    channelName: 'klima',
    triggerId: trigger,
    responseUrl: slack.responseUrl(responseId),
  });

  beforeAll(async () => {
    h = await startHarness(provider, {
      beforeStart: async (db, seed, slack) => {
        const old = new Date(Date.now() - 10 * 60_000);
        await db.inboundRequest.createMany({
          data: [
            // Stored and acknowledged, then the process died before the worker took it.
            { tenantId: seed.tenant.id, platform: 'slack', deliveryKey: 'command:crash.1', payload: { ...payload(slack, 'fortschritt M-1 72 Nach Neustart', 'crash.1', 'crash-1') }, receivedAt: old },
            // Taken by a worker that died while working on it (its change was already committed).
            { tenantId: seed.tenant.id, platform: 'slack', deliveryKey: 'command:crash.2', payload: { ...payload(slack, 'fortschritt M-1 99', 'crash.2', 'crash-2') }, receivedAt: old, status: 'processing', claimedAt: old, claimedBy: 'dead-worker', attempts: 1 },
          ],
        });
        await db.processedEvent.create({ data: { tenantId: seed.tenant.id, platform: 'slack', eventKey: 'command:crash.2' } });
      },
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('processes what was stored before the restart and answers through response_url', async () => {
    const [first] = await h.responses('crash-1');
    expect(first!.text).toContain('72 %');
    const [second] = await h.responses('crash-2');
    expect(second!.text).toContain('schon gespeichert');
    await h.adapter.inbound.settled();
    const measure = await h.dbh.db.measure.findFirstOrThrow({ where: { code: 'M-1' } });
    expect(measure.progress).toBe(72);
    expect(await h.dbh.db.measureProgress.count({ where: { measureId: measure.id } })).toBe(1);
    expect(await h.dbh.db.measureProgress.count({ where: { measureId: measure.id, note: 'Nach Neustart' } })).toBe(1);
    const rows = await h.dbh.db.inboundRequest.findMany({ orderBy: { deliveryKey: 'asc' } });
    expect(rows.map((r) => r.status)).toEqual(['done', 'done']);
  });
});
