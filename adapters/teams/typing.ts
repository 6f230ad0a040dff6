import { ActivityTypes, type TurnContext } from 'botbuilder';

/** Teams' guidance: show "typing…" when a reply takes longer than about two seconds. */
export const TYPING_DELAY_MS = 2_000;

/**
 * Runs `work`; if it has not finished after `delayMs`, sends a typing indicator first. The reply is
 * only sent after the indicator has gone out, so the order in the chat is right.
 */
export async function withTyping<T>(context: TurnContext, work: () => Promise<T>, delayMs = TYPING_DELAY_MS): Promise<T> {
  let sending: Promise<unknown> | undefined;
  const timer = setTimeout(() => {
    sending = context.sendActivity({ type: ActivityTypes.Typing }).catch(() => undefined);
  }, delayMs);
  try {
    return await work();
  } finally {
    clearTimeout(timer);
    if (sending) await sending;
  }
}
