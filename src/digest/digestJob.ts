import { translator } from '../i18n';
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
    for (const subscription of subscriptions) {
      const fields = await collectDigest(db, tenant, subscription.actionFieldId || undefined, window);
      const messages = digestMessages(fields, window, view);
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
