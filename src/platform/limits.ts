/**
 * What a chat platform can take, as data the core asks before it shapes a message (e.g. splitting a
 * report): every adapter states its own (`ChatPlatform.limits`, also on its outgoing port).
 */
export interface PlatformLimits {
  /** Blocks of the message model one platform message holds; longer messages are split into pages. */
  blocksPerMessage: number;
  /** Characters of one text block (a Slack section, a Teams TextBlock) before it is split. */
  charactersPerSection: number;
  /** Bytes of one rendered message (Slack's text limit, Teams' activity size). */
  bytesPerMessage: number;
  /** Least time between two posts to one conversation (the platform's rate limit). */
  minIntervalMs: number;
  supports: {
    /** A posted message can be replaced in place for everyone. */
    update: boolean;
    /** A reply can go into the thread of an earlier post (elsewhere it is a new message in the conversation). */
    thread: boolean;
    /** Images are shown (elsewhere: their alt text). */
    image: boolean;
    /** A person can be written to directly (needs the person's account on the platform). */
    directMessage: boolean;
  };
}

/** Limits that hold on every platform the bot knows: for a message whose platform is not known yet. */
export const COMMON_LIMITS: PlatformLimits = {
  blocksPerMessage: 50,
  charactersPerSection: 3000,
  bytesPerMessage: 24_000,
  minIntervalMs: 1000,
  supports: { update: true, thread: true, image: true, directMessage: true },
};

/** The limits of a platform among those given, or the common ones. */
export function limitsOf(platforms: readonly { platform: string; limits: PlatformLimits }[], platform: string): PlatformLimits {
  return platforms.find((p) => p.platform === platform)?.limits ?? COMMON_LIMITS;
}
