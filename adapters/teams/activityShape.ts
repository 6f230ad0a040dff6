import { z } from 'zod';

const account = z.object({ id: z.string().min(1) }).passthrough();

/**
 * What every activity we act on must carry. Checked before the CloudAdapter sees it, so a malformed
 * request gets 400 and never reaches the bot (botbuilder itself only checks `type`).
 */
export const activityShape = z
  .object({
    type: z.string().min(1),
    id: z.string().min(1).optional(),
    channelId: z.string().min(1),
    serviceUrl: z.string().url(),
    from: account,
    recipient: account.optional(),
    conversation: account,
  })
  .passthrough();

/** Human-readable problems of a request body, or none. */
export function activityProblems(body: unknown): string[] {
  const result = activityShape.safeParse(body);
  if (result.success) {
    // Messages and invokes change data under their id (the delivery key): they must have one.
    if ((result.data.type === 'message' || result.data.type === 'invoke') && !result.data.id) return ['id: required for message and invoke activities'];
    return [];
  }
  return result.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
}
