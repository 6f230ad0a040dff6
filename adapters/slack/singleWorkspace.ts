import type { WebClient } from '@slack/web-api';
import type { Db } from '../../src/db/client';
import type { SingleWorkspace } from './workspaces';

/** Raised at start when the single-workspace setup cannot work; the message says what to do. */
export class SlackSetupError extends Error {}

/**
 * Single-workspace mode (SLACK_BOT_TOKEN): asks Slack which workspace the token belongs to and
 * binds that workspace to the installation's municipality.
 */
export async function bindSingleWorkspace(db: Db, client: WebClient, tenantSlug: string): Promise<SingleWorkspace> {
  let auth;
  try {
    auth = await client.auth.test();
  } catch (error) {
    throw new SlackSetupError(`SLACK_BOT_TOKEN was not accepted by Slack (auth.test: ${(error as Error).message}). Copy the Bot User OAuth Token again from the app page, "OAuth & Permissions".`);
  }
  const teamId = auth.team_id;
  if (!teamId) throw new SlackSetupError('Slack did not name the workspace of SLACK_BOT_TOKEN (auth.test returned no team_id).');
  const tenant = await db.tenant.findUnique({ where: { slug: tenantSlug } });
  if (!tenant) throw new SlackSetupError(`The municipality "${tenantSlug}" (V2030_TENANT) does not exist yet; seed or import it before connecting Slack.`);
  const key = { platform: 'slack', externalId: teamId };
  const existing = await db.platformBinding.findUnique({ where: { platform_externalId: key } });
  if (existing && existing.tenantId !== tenant.id) {
    throw new SlackSetupError(`The Slack workspace ${teamId} is already bound to another municipality; unbind it first.`);
  }
  if (!existing) await db.platformBinding.create({ data: { ...key, tenantId: tenant.id } });
  return { token: client.token!, teamId, enterpriseId: auth.enterprise_id || undefined, botUserId: auth.user_id, botId: auth.bot_id };
}
