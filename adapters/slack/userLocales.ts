import type { WebClient } from '@slack/web-api';
import type { Clock } from '../../src/clock';
import { localeOfTag, type Locale } from '../../src/i18n';
import type { Logger } from '../../src/logger';
import type { Workspace } from './workspaces';

const KNOWN_TTL_MS = 60 * 60_000;
const FAILED_TTL_MS = 5 * 60_000;

/**
 * The language each Slack user set in Slack (users.info with include_locale), remembered for an
 * hour so that a request costs no call; a failed lookup is not repeated for five minutes and the
 * request goes on without it (the person's choice or the municipality's language applies).
 */
export class UserLocales {
  private readonly known = new Map<string, { locale: Locale | undefined; until: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** What another users.info call (linking by e-mail) learned, so that it is not asked twice. */
  remember(workspace: Workspace, userId: string, tag: string | undefined): void {
    this.known.set(`${workspace.tenantId}:${userId}`, { locale: localeOfTag(tag), until: this.clock.now().getTime() + KNOWN_TTL_MS });
  }

  async of(workspace: Workspace, userId: string, client: WebClient): Promise<Locale | undefined> {
    const key = `${workspace.tenantId}:${userId}`;
    const now = this.clock.now().getTime();
    const cached = this.known.get(key);
    if (cached && cached.until > now) return cached.locale;
    if (!workspace.botToken) return undefined;
    try {
      const info = await client.users.info({ user: userId, include_locale: true, token: workspace.botToken });
      this.remember(workspace, userId, info.user?.locale);
      return this.known.get(key)!.locale;
    } catch (error) {
      this.logger.warn({ err: error, slackUser: userId }, 'slack: could not look up the user’s language');
      this.known.set(key, { locale: undefined, until: now + FAILED_TTL_MS });
      return undefined;
    }
  }
}
