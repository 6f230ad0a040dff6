import type { WebClient } from '@slack/web-api';
import { ConflictError, NotFoundError } from '../../src/domain/errors';
import type { BindingStore } from '../../src/platform/bindings';
import { checkBotToken, SlackSetupError, type TokenCheckOptions } from './tokenCheck';
import type { SingleWorkspace } from './workspaces';


/**
 * Single-workspace mode (SLACK_BOT_TOKEN): asks Slack which workspace the token belongs to and
 * binds that workspace to the installation's municipality.
 */
export async function bindSingleWorkspace(bindings: Pick<BindingStore, 'bind'>, client: WebClient, tenantSlug: string, now: Date, check: TokenCheckOptions): Promise<SingleWorkspace> {
  const auth = await checkBotToken(client, check);
  const teamId = auth.team_id;
  if (!teamId) throw new SlackSetupError('Slack did not name the workspace of SLACK_BOT_TOKEN (auth.test returned no team_id).');
  try {
    await bindings.bind({ platform: 'slack', externalId: teamId, tenantSlug, by: 'SLACK_BOT_TOKEN' }, now);
  } catch (error) {
    if (error instanceof NotFoundError) throw new SlackSetupError(`The municipality "${tenantSlug}" (V2030_TENANT) does not exist yet; seed or import it before connecting Slack.`);
    if (error instanceof ConflictError) throw new SlackSetupError(`The Slack workspace ${teamId} is already bound to another municipality; unbind it first.`);
    throw error;
  }
  return { token: client.token!, teamId, enterpriseId: auth.enterprise_id || undefined, botUserId: auth.user_id, botId: auth.bot_id };
}
