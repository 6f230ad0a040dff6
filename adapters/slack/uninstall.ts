import type { App } from '@slack/bolt';
import type { Clock } from '../../src/clock';
import type { Logger } from '../../src/logger';
import type { BindingStore } from '../../src/platform/bindings';
import type { SingleWorkspace } from './workspaces';

export interface UninstallDeps {
  bindings: Pick<BindingStore, 'forgetInstallation'>;
  clock: Clock;
  logger: Logger;
  /** The workspace of SLACK_BOT_TOKEN, in single-workspace mode. */
  single: SingleWorkspace | undefined;
  /** Drops cached lookups of a workspace. */
  invalidate: (externalId: string) => void;
}

/**
 * `app_uninstalled`, and `tokens_revoked` naming the bot: the workspace's stored token is dead, so
 * it is forgotten (the binding to the municipality stays for a reinstall). Posts the outbox still
 * has for the workspace then fail as permanent and deactivate their subscriptions with the reason.
 * In single-workspace mode the token comes from SLACK_BOT_TOKEN, which only the operator can replace.
 */
export function registerUninstallEvents(app: App, deps: UninstallDeps): void {
  const forget = async (teamId: string | undefined, enterpriseId: string | undefined, why: string) => {
    const ids = [teamId, enterpriseId].filter((id): id is string => Boolean(id));
    if (deps.single && ids.some((id) => id === deps.single!.teamId || id === deps.single!.enterpriseId)) {
      deps.logger.error({ team: teamId, why }, 'slack: the bot token of SLACK_BOT_TOKEN is no longer valid; reinstall the app and set the new token');
      return;
    }
    const count = await deps.bindings.forgetInstallation({ platform: 'slack', externalIds: ids, why }, deps.clock.now());
    for (const id of ids) deps.invalidate(id);
    deps.logger.info({ team: teamId, enterprise: enterpriseId, why, forgotten: count }, 'slack: installation token forgotten');
  };
  app.event('app_uninstalled', async ({ body }) => {
    await forget(body.team_id, body.enterprise_id, 'app_uninstalled');
  });
  app.event('tokens_revoked', async ({ event, body }) => {
    if ((event.tokens.bot ?? []).length > 0) await forget(body.team_id, body.enterprise_id, 'tokens_revoked');
    else deps.logger.debug({ team: body.team_id, users: event.tokens.oauth?.length ?? 0 }, 'slack: only user tokens revoked, the bot token stays');
  });
}
