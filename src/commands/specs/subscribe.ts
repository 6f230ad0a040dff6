import { normalizeWord } from '../normalizeWord';
import { readOptionalActionFieldCode, readSubscriptionKind } from '../arguments/subscription';
import type { CommandSpec } from '../types';

/** `abo digest [MOB]` subscribes; the German `abo aus digest [MOB]` ends it (English: `unsubscribe`). */
export const subscribeCommand: CommandSpec<'subscribe'> = {
  name: 'subscribe',
  words: { de: ['abo'], en: ['subscribe'] },
  usage: { de: 'abo [aus] digest|alarme|bericht|freigaben|kämmerei [Handlungsfeld]', en: 'subscribe digest|alerts|report|approvals|treasury [action field]' },
  examples: { de: ['abo digest MOB', 'abo digest', 'abo alarme MOB', 'abo bericht KLI', 'abo freigaben KLI', 'abo aus digest MOB'], en: ['subscribe digest MOB', 'subscribe digest', 'subscribe alerts MOB', 'subscribe report KLI', 'subscribe approvals KLI'] },
  descriptionKey: 'help:describeSubscribe',
  changesData: true,
  needsChannel: true,
  parse(args, context) {
    const off = args.peek() !== undefined && normalizeWord(args.peek()!) === 'aus';
    if (off) args.next();
    const kind = readSubscriptionKind(args, context);
    const actionFieldCode = readOptionalActionFieldCode(args);
    return { name: 'subscribe', kind, active: !off, ...(actionFieldCode && { actionFieldCode }) };
  },
};

export const unsubscribeCommand: CommandSpec<'unsubscribe'> = {
  name: 'unsubscribe',
  words: { de: ['abbestellen'], en: ['unsubscribe'] },
  usage: { de: 'abbestellen digest [Handlungsfeld]', en: 'unsubscribe digest [action field]' },
  examples: { de: ['abbestellen digest MOB'], en: ['unsubscribe digest MOB'] },
  descriptionKey: 'help:describeUnsubscribe',
  changesData: true,
  needsChannel: true,
  parse(args, context) {
    const kind = readSubscriptionKind(args, context);
    const actionFieldCode = readOptionalActionFieldCode(args);
    return { name: 'unsubscribe', kind, ...(actionFieldCode && { actionFieldCode }) };
  },
};

export const listSubscriptionsCommand: CommandSpec<'listSubscriptions'> = {
  name: 'listSubscriptions',
  words: { de: ['abos'], en: ['subscriptions'] },
  usage: { de: 'abos', en: 'subscriptions' },
  examples: { de: ['abos'], en: ['subscriptions'] },
  descriptionKey: 'help:describeListSubscriptions',
  changesData: false,
  needsChannel: true,
  parse: () => ({ name: 'listSubscriptions' }),
};
