import type { Message } from '../../src/messages/model';
import type { SendResult } from '../../src/outbox/outgoingPort';
import { paginate } from './renderBlocks';

/**
 * Posts an answer to a slash command's response_url, ephemeral unless meant for the channel, page
 * by page. One retry for a refused connection or a 5xx; a timeout is `ambiguous` (it may have
 * landed, and response_url has no lookup, so it is not posted again), a 4xx `permanent` (Slack
 * refuses answers after 30 minutes or five posts).
 */
export async function postResponse(url: string, msg: Message, timeoutMs: number, pauseMs = 500): Promise<SendResult> {
  const responseType = msg.audience === 'channel' ? 'in_channel' : 'ephemeral';
  for (const page of paginate(msg)) {
    const body = JSON.stringify({ response_type: responseType, ...page });
    for (let attempt = 1; ; attempt++) {
      let failure: SendResult;
      try {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(timeoutMs) });
        await res.arrayBuffer();
        if (res.ok) break;
        if (res.status < 500) return { kind: 'permanent', error: `response_url answered ${res.status}`, code: 'message_gone' };
        failure = { kind: 'retry', error: `response_url answered ${res.status}` };
      } catch (error) {
        const timedOut = (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError';
        if (timedOut) return { kind: 'ambiguous', error: `response_url: no answer within ${timeoutMs} ms` };
        failure = { kind: 'retry', error: `response_url: ${(error as Error).message}` };
      }
      if (attempt >= 2) return failure;
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
  return { kind: 'sent' };
}
