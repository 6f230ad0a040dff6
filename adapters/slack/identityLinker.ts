import type { WebClient } from '@slack/web-api';
import type { Clock } from '../../src/clock';
import type { Logger } from '../../src/logger';
import type { IdentityStore } from '../../src/platform/identities';
import type { UserLocales } from './userLocales';
import type { Workspace } from './workspaces';

const KNOWN_TTL_MS = 10 * 60_000;
const UNKNOWN_TTL_MS = 60_000;

/**
 * Links a Slack user to the person of the municipality with the same, Slack-confirmed e-mail
 * address the first time they use the bot (users.info, scope users:read.email). Users known to be
 * linked are remembered for a while so that their requests cost no extra query; a user who could
 * not be linked is asked about again after a minute. The core still decides on every request.
 */
export class IdentityLinker {
  private readonly linked = new Map<string, number>();
  private readonly unlinked = new Map<string, number>();

  constructor(
    private readonly identities: IdentityStore,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly locales: UserLocales,
  ) {}

  async ensureLinked(workspace: Workspace, userId: string, client: WebClient): Promise<void> {
    const key = `${workspace.tenantId}:${userId}`;
    const now = this.clock.now().getTime();
    if ((this.linked.get(key) ?? 0) > now || (this.unlinked.get(key) ?? 0) > now) return;
    if (await this.identities.personOf(workspace.tenantId, 'slack', userId)) {
      this.linked.set(key, now + KNOWN_TTL_MS);
      return;
    }
    this.unlinked.set(key, now + UNKNOWN_TTL_MS);
    if (!workspace.botToken) return;
    try {
      const info = await client.users.info({ user: userId, include_locale: true, token: workspace.botToken });
      const user = info.user;
      this.locales.remember(workspace, userId, user?.locale);
      if (!user || user.deleted || user.is_bot || user.is_email_confirmed !== true || !user.profile?.email) return;
      const result = await this.identities.linkByVerifiedEmail({ tenantId: workspace.tenantId, platform: 'slack', externalUserId: userId, emails: [user.profile.email], now: this.clock.now() });
      if (result.linked) {
        this.unlinked.delete(key);
        this.linked.set(key, now + KNOWN_TTL_MS);
        this.logger.info({ tenantId: workspace.tenantId, slackUser: userId }, 'slack user linked by verified e-mail');
      }
    } catch (error) {
      this.logger.warn({ err: error, slackUser: userId }, 'slack: could not look up the user for linking by e-mail');
    }
  }
}
