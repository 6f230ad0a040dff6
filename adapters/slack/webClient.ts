import { WebClient, type WebClientOptions } from '@slack/web-api';
import type { Logger as SlackLogger } from '@slack/bolt';

export interface SlackClientSettings {
  /** Slack's Web API base URL (GovSlack, or a local fake in tests); Slack's own when unset. */
  slackApiUrl?: string;
  /** Per-request timeout. */
  timeoutMs: number;
  logger: SlackLogger;
}

/**
 * Options for every WebClient the adapter uses. The client's defaults have no timeout and retry for
 * about 30 minutes, which after a timeout can post the same message twice: here a call is made once,
 * a rate-limited call fails instead of waiting, and whoever needs a retry (the outbox) does it
 * with its own backoff and a check whether the post already landed.
 */
export function slackClientOptions(settings: SlackClientSettings): WebClientOptions {
  return {
    ...(settings.slackApiUrl ? { slackApiUrl: withTrailingSlash(settings.slackApiUrl) } : {}),
    timeout: settings.timeoutMs,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logger: settings.logger,
  };
}

export function createWebClient(token: string | undefined, settings: SlackClientSettings): WebClient {
  return new WebClient(token, slackClientOptions(settings));
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
