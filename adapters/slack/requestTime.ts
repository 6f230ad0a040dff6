import type { RequestHandler } from 'express';
import { systemClock } from '../../src/clock';

/** How far a request's timestamp may lie from now, either way (Slack's rule for the past). */
export const REQUEST_TIME_WINDOW_SECONDS = 5 * 60;

/**
 * Bolt refuses a signed request whose `x-slack-request-timestamp` is more than five minutes old, but
 * not one from the future, which a captured request signed ahead of time would be. This refuses those
 * with 401 before Bolt sees them. It reads the system time, as Bolt's own check does: both bounds of
 * the window must come from one source (the bot's injected clock is moved by tests and demos).
 */
export function refuseFutureTimestamps(now: () => Date = () => systemClock.now()): RequestHandler {
  return (req, res, next) => {
    const timestamp = Number(req.headers['x-slack-request-timestamp']);
    if (Number.isFinite(timestamp) && timestamp > now().getTime() / 1000 + REQUEST_TIME_WINDOW_SECONDS) {
      res.status(401).end();
      return;
    }
    next();
  };
}
