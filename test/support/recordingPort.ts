import { COMMON_LIMITS } from '../../src/platform/limits';
import type { DirectResult, OutgoingMessage, OutgoingPort, OutgoingUpdate, SendResult } from '../../src/outbox/outgoingPort';

export interface RecordedDelivery {
  operation: 'send' | 'update';
  conversationId: string;
  summary: string;
  threadOf?: string;
  externalId?: string;
  images: { id: string; bytes: number; alt: string }[];
}

/**
 * An outgoing port that records what the delivery worker asks of it, like vercel/chat's mock adapter:
 * posts get ids `m-1`, `m-2` …, a person's direct chat is `D-<account>`; `script` answers the next
 * calls instead, `unreachable` names accounts that cannot be written to.
 */
export function recordingPort(platform = 'mock') {
  const deliveries: RecordedDelivery[] = [];
  const script: SendResult[] = [];
  const unreachable = new Set<string>();
  let next = 0;
  const record = (operation: RecordedDelivery['operation'], m: OutgoingMessage | OutgoingUpdate) =>
    deliveries.push({
      operation,
      conversationId: m.conversationId,
      summary: m.message.summary,
      ...(m.threadOf ? { threadOf: m.threadOf } : {}),
      ...('externalId' in m ? { externalId: m.externalId } : {}),
      images: m.images.map((i) => ({ id: i.id, bytes: i.bytes.length, alt: i.alt })),
    });
  const port: OutgoingPort = {
    platform,
    limits: { ...COMMON_LIMITS, minIntervalMs: 0 },
    async send(m) {
      const scripted = script.shift();
      if (scripted) return scripted;
      record('send', m);
      return { kind: 'sent', externalId: `m-${++next}` };
    },
    async update(m) {
      const scripted = script.shift();
      if (scripted) return scripted;
      record('update', m);
      return { kind: 'sent' };
    },
    async openDirect(r): Promise<DirectResult> {
      if (unreachable.has(r.platformUserId)) return { kind: 'permanent', error: `${r.platformUserId} never opened the app`, code: 'recipient_unreachable' };
      return { kind: 'opened', conversationId: `D-${r.platformUserId}` };
    },
  };
  return { port, deliveries, script, unreachable };
}
