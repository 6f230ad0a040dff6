import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDeliveryWorker } from '../../src/outbox/deliveryWorker';
import { enqueueMessage } from '../../src/outbox/enqueue';
import { channelMessage, CHANNEL_ID, KLEIN_TEAMS_TENANT } from '../teams/support/activities';
import { startHarness, type Harness } from '../teams/support/harness';
import { providers } from '../support/databases';
import { capturingLogger } from '../support/logs';
import { textMessage } from './support';

describe.each(providers)('outbox delivery to Teams on %s', (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(provider, { unauthenticated: true });
  });
  afterEach(async () => h.close());

  it('subscribes a channel by command and posts proactively into it; a removed bot ends the subscription', async () => {
    const { db } = h.database;
    await db.teamMembership.updateMany({ where: { personId: h.town.lea.id }, data: { role: 'lead' } });
    const reply = await h.post(channelMessage('abo digest KLI', { serviceUrl: h.connector.url, user: h.users.lea }));
    expect(reply.status).toBe(200);
    expect(await db.channelSubscription.findFirstOrThrow()).toMatchObject({ platform: 'teams', conversationId: CHANNEL_ID, workspaceId: KLEIN_TEAMS_TENANT, active: true });
    expect(await db.conversationReference.count({ where: { conversationId: CHANNEL_ID } })).toBe(1);

    h.connector.clear();
    const tenantId = h.town.tenant.id;
    const entry = { tenantId, platform: 'teams', workspaceId: KLEIN_TEAMS_TENANT, conversationId: CHANNEL_ID, kind: 'digest' };
    await enqueueMessage(db, { ...entry, dedupeKey: 'd1', message: textMessage('Wochenbericht: alles im Plan') }, new Date());
    const worker = createDeliveryWorker({ db, clock: { now: () => new Date() }, logger: capturingLogger().logger, ports: [h.teams.outgoingPort] });
    await worker.runOnce();
    expect(h.connector.calls.filter((c) => c.kind === 'send').map((c) => c.conversationId)).toEqual([CHANNEL_ID]);
    expect(JSON.stringify(h.connector.calls[0]!.body)).toContain('Wochenbericht: alles im Plan');
    expect(await db.outboxMessage.findFirstOrThrow()).toMatchObject({ status: 'sent' });

    // The bot was removed from the team: its reference is gone.
    await db.conversationReference.deleteMany({ where: { conversationId: CHANNEL_ID } });
    await enqueueMessage(db, { ...entry, dedupeKey: 'd2', message: textMessage('nächste Woche') }, new Date());
    await new Promise((resolve) => setTimeout(resolve, 200)); // Teams' per-conversation rate limit
    await worker.runOnce();
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { tenantId_dedupeKey: { tenantId, dedupeKey: 'd2' } } })).toMatchObject({ status: 'failed' });
    expect(await db.channelSubscription.findFirstOrThrow()).toMatchObject({ active: false, deactivatedReason: 'conversation reference not stored (bot not installed there)' });
  });
});
