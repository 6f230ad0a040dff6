const BASE_MS = 2_000;
const CAP_MS = 15 * 60_000;
export const MAX_ATTEMPTS = 12;

/** Exponential backoff with jitter (half fixed, half random), never shorter than a Retry-After. */
export function retryDelayMs(attempt: number, retryAfterMs = 0, random: () => number = Math.random): number {
  const exponential = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.max(retryAfterMs, Math.round(exponential * (0.5 + random() * 0.5)));
}
