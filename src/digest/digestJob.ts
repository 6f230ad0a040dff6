import { translator } from '../i18n';
import type { Message } from '../messages/model';
import { enqueueMessage } from '../outbox/enqueue';
import type { JobDefinition } from '../scheduler/job';
import { latestOnly } from '../scheduler/job';
import { collectDigest } from './collectDigest';
import { digestMessages } from './digestView';

const WEEK_MS = 7 * 24 * 3600_000;

/** The weekly digest: for each subscribed conversation, the week before the slot, into the outbox. */
export const digestJob: JobDefinition = {
  name: 'digest',
  catchUp: latestOnly,
  async run({ db, tenant, slotTime, slotKey, now }) {
    const subscriptions = await db.channelSubscription.findMany({ where: { tenantId: tenant.id, kind: 'digest', active: true }, orderBy: { createdAt: 'asc' } });
    const window = { from: new Date(slotTime.getTime() - WEEK_MS), to: slotTime };
    const view = { t: translator(tenant.locale), locale: tenant.locale, zone: tenant.timeZone, now };
    // Channels subscribed to the same scope get the same digest: build it once per scope.
    const byScope = new Map<string, Promise<Message[]>>();
    const digestFor = (actionFieldId: string) => {
      if (!byScope.has(actionFieldId)) byScope.set(actionFieldId, collectDigest(db, tenant, actionFieldId || undefined, window).then((fields) => digestMessages(fields, window, view)));
      return byScope.get(actionFieldId)!;
    };
    for (const subscription of subscriptions) {
      const messages = await digestFor(subscription.actionFieldId);
      for (const [part, message] of messages.entries()) {
        await enqueueMessage(
          db,
          {
            tenantId: tenant.id,
            platform: subscription.platform,
            workspaceId: subscription.workspaceId,
            conversationId: subscription.conversationId,
            kind: 'digest',
            subscriptionId: subscription.id,
            dedupeKey: `digest:${slotKey}:${subscription.id}:${part}`,
            message,
          },
          now,
        );
      }
    }
  },
};
