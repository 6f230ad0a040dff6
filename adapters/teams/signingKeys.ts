import { OpenIdMetadata } from 'botframework-connector/lib/auth/openIdMetadata.js';
import type { Logger } from '../../src/logger';

/** The message botbuilder passes on when no signing key could be had; mount.ts answers it with 503. */
export const SIGNING_KEYS_UNAVAILABLE = 'The Bot Framework signing keys could not be fetched.';

export class SigningKeysUnavailableError extends Error {
  constructor() {
    super(SIGNING_KEYS_UNAVAILABLE);
    this.name = 'SigningKeysUnavailableError';
  }
}

export interface SigningKeyGuard {
  /** How long one fetch of the OpenID metadata and its keys may take (botbuilder has no limit). */
  timeoutMs: number;
  /** After a failed fetch, how long no new one is tried (botbuilder tries again on every request). */
  failureCacheMs: number;
  now(): number;
  logger: Logger;
}

interface Metadata {
  url: string;
  keys?: unknown[];
}

type Refresh = (this: Metadata) => Promise<void>;

let guard: SigningKeyGuard | undefined;
const failedAt = new WeakMap<Metadata, number>();

/**
 * botbuilder fetches Microsoft's OpenID metadata and signing keys in `OpenIdMetadata.refreshCache`
 * (private, shared by every validator of a metadata URL) without a timeout, and after a failure again
 * on every request. This wraps that method, once per process: a fetch is bounded by `timeoutMs`; a
 * failure is remembered for `failureCacheMs`; keys fetched earlier keep serving while Microsoft cannot
 * be reached (a forged token's unknown key is then simply not found: 401); without any key the
 * request fails with SigningKeysUnavailableError (503, see mount.ts).
 */
export function guardSigningKeyFetch(settings: SigningKeyGuard): void {
  const first = guard === undefined;
  guard = settings;
  if (!first) return;
  const prototype = OpenIdMetadata.prototype as unknown as { refreshCache: Refresh };
  const fetchKeys = prototype.refreshCache;
  prototype.refreshCache = async function (this: Metadata) {
    const g = guard!;
    const failed = failedAt.get(this);
    if (failed !== undefined && g.now() - failed < g.failureCacheMs) {
      if (this.keys) return;
      throw new SigningKeysUnavailableError();
    }
    try {
      await withTimeout(fetchKeys.call(this), g.timeoutMs);
      failedAt.delete(this);
    } catch (error) {
      failedAt.set(this, g.now());
      g.logger.error({ err: error, url: this.url, keepsEarlierKeys: Boolean(this.keys), retryAfterMs: g.failureCacheMs }, 'Teams: the Bot Framework signing keys could not be fetched');
      if (!this.keys) throw new SigningKeysUnavailableError();
    }
  };
}

async function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  work.catch(() => undefined); // a fetch that loses the race may still fail later
  try {
    await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
