import { setTimeout as wait } from 'node:timers/promises';
import { ErrorCode, type AuthTestResponse, type WebClient } from '@slack/web-api';
import type { Logger } from '../../src/logger';

/** Raised at start when the single-workspace setup cannot work; the message says what to do. */
export class SlackSetupError extends Error {}

/** Pauses between token checks while Slack cannot be reached: about five minutes in all. */
export const UNREACHABLE_PAUSES_MS = [1, 2, 4, 8, 15, 30, 30, 30, 30, 30, 30, 30, 30, 30].map((s) => s * 1000);

/** Slack's answers that mean the token itself is refused (https://api.slack.com/methods/auth.test#errors). */
const REFUSED = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive', 'not_allowed_token_type']);

type Failure = { kind: 'refused' | 'answered' | 'unreachable'; reason: string };

function classify(error: unknown): Failure {
  const e = error as { code?: string; data?: { error?: string }; statusCode?: number; original?: { code?: string; message?: string; cause?: { code?: string } }; message?: string };
  if (e.code === ErrorCode.PlatformError) {
    const reason = e.data?.error ?? 'unknown error';
    return { kind: REFUSED.has(reason) ? 'refused' : 'answered', reason };
  }
  if (e.code === ErrorCode.RequestError) return { kind: 'unreachable', reason: e.original?.code ?? e.original?.cause?.code ?? e.original?.message ?? 'no connection' };
  if (e.code === ErrorCode.RateLimitedError) return { kind: 'unreachable', reason: 'rate limited' };
  if (e.code === ErrorCode.HTTPError) return { kind: (e.statusCode ?? 0) >= 500 ? 'unreachable' : 'answered', reason: `HTTP ${e.statusCode}` };
  return { kind: 'answered', reason: e.message ?? String(error) };
}

export interface TokenCheckOptions {
  logger: Logger;
  /** Where the client talks to (for the message): Slack's own API or SLACK_API_URL. */
  apiUrl: string;
  pausesMs?: number[];
}

/**
 * Asks Slack whose token SLACK_BOT_TOKEN is (auth.test). A refused token ends the start at once
 * with what to do; while Slack cannot be reached it logs "Slack not reachable, retrying" and tries
 * again with growing pauses, and only then gives up, saying the token was not checked.
 */
export async function checkBotToken(client: WebClient, options: TokenCheckOptions): Promise<AuthTestResponse> {
  const pauses = options.pausesMs ?? UNREACHABLE_PAUSES_MS;
  for (let attempt = 0; ; attempt++) {
    let failure: Failure;
    try {
      return await client.auth.test();
    } catch (error) {
      failure = classify(error);
    }
    if (failure.kind === 'refused') {
      throw new SlackSetupError(`SLACK_BOT_TOKEN was refused by Slack (auth.test: ${failure.reason}). Copy the Bot User OAuth Token again from the app page, "OAuth & Permissions", and start again.`);
    }
    if (failure.kind === 'answered') {
      throw new SlackSetupError(`Slack at ${options.apiUrl} answered the token check (auth.test) with "${failure.reason}". Check SLACK_API_URL (unset for Slack itself) and SLACK_BOT_TOKEN.`);
    }
    const pause = pauses[attempt];
    if (pause === undefined) {
      throw new SlackSetupError(`Slack was not reachable at ${options.apiUrl} (${failure.reason}, ${attempt + 1} attempts); SLACK_BOT_TOKEN could not be checked. Check this server's connection to Slack (proxy, firewall, DNS) and SLACK_API_URL, then start again.`);
    }
    options.logger.warn({ attempt: attempt + 1, retryInSeconds: pause / 1000, reason: failure.reason, apiUrl: options.apiUrl }, 'Slack not reachable, retrying');
    await wait(pause);
  }
}
