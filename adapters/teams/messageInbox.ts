import { TurnContext, type Activity, type BotAdapter, type CloudAdapter } from 'botbuilder';
import type { InboundRow } from '../../src/inbox/inboxWorker';
import type { TenantKey } from '../../src/tenancy/tenant';

export const TEAMS_INBOX_PLATFORM = 'teams';

/** What the inbox keeps of a Teams text message: the activity as it came in, and how its municipality was found. */
export interface TeamsMessagePayload {
  activity: Partial<Activity>;
  tenantKey: TenantKey;
}

/** The delivery key of a message: activity ids are unique within a conversation (also the core's key). */
export function messageDeliveryKey(activity: Partial<Activity>): string {
  return `${activity.conversation?.id ?? ''}|${activity.id ?? ''}`;
}

/**
 * The inbox worker's handler for Teams text messages: opens a turn on the stored conversation
 * (botbuilder's `continueConversationAsync`, which brings the connector client and its token), with
 * the stored activity as the turn's activity, so the reply goes out as it did within the request (in
 * a channel: into the thread, `replyToId` the message), and runs the same message handling in it.
 */
export function teamsMessageProcessor(adapter: CloudAdapter, appId: string, handle: (context: TurnContext, tenantKey: TenantKey, retryWhenUnavailable: boolean) => Promise<void>): (row: InboundRow) => Promise<void> {
  return async (row) => {
    const { activity, tenantKey } = row.payload as unknown as TeamsMessagePayload;
    const reference = TurnContext.getConversationReference(activity);
    // An error is taken out of the turn (botbuilder would hand it to onTurnError and swallow it), so
    // the worker keeps the row and tries again after the lease.
    let failure: { error: unknown } | undefined;
    await adapter.continueConversationAsync(appId, reference, async (proactive) => {
      const context = new TurnContext(proactive.adapter as BotAdapter, activity);
      for (const [key, value] of proactive.turnState) context.turnState.set(key, value);
      try {
        await handle(context, tenantKey, !row.lastAttempt);
      } catch (error) {
        failure = { error };
      }
    });
    if (failure) throw failure.error;
  };
}
