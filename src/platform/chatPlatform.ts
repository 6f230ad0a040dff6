import type { Express } from 'express';
import type { Bot } from '../bot/bot';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { OutgoingPort } from '../outbox/outgoingPort';
import type { PlatformStores } from './stores';
import type { PlatformLimits } from './limits';

/** A platform's HTTP endpoints (Slack's /slack/*, Teams' /api/messages), mounted on the bot's one server. */
export type MountRoutes = (app: Express) => void;

/**
 * The inbound side: where a platform's requests come in, are verified and translated into the
 * core's requests (`Bot`: text, button decisions, form submits, the personal overview).
 */
export interface InboundEndpoint {
  /** HTTP routes the platform posts its requests to (Slack, Teams). */
  routes?: MountRoutes;
  /** A platform with its own input loop (the console): runs it until the input ends. */
  run?(): Promise<void>;
  /** Requests were stored by another process or thread (the listener of `v2030 start`): look at them now. */
  wake?(): void;
  /** Resolves when everything received so far is answered (tests, benchmarks). */
  settled(): Promise<void>;
  /** Stops taking requests and waits for those in work. */
  stop(): Promise<void>;
}

/**
 * One chat platform, as every adapter implements it (`satisfies ChatPlatform`; adding a platform is
 * one folder in `adapters/` that returns this). Modelled on vercel/chat's `Adapter`: inbound requests
 * become core requests; outbound, the outbox's worker posts, writes people directly, updates posts,
 * replies in threads and attaches images through `outgoing`; `limits` says what fits.
 */
export interface ChatPlatform {
  readonly name: string;
  readonly limits: PlatformLimits;
  readonly inbound: InboundEndpoint;
  readonly outgoing: OutgoingPort;
}

/**
 * What the core hands every platform: the bot for inbound requests, the stores for what the
 * platform must remember (installations, bindings, identities, conversation references, its
 * inbox), and clock and logger. Platform settings (tokens, secrets) each adapter reads itself.
 */
export interface PlatformDeps {
  bot: Bot;
  stores: PlatformStores;
  clock: Clock;
  logger: Logger;
}
