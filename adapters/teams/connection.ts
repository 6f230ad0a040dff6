import { CloudAdapter } from 'botbuilder';
import type { Config } from '../../src/config/env';
import type { OutgoingPort } from '../../src/outbox/outgoingPort';
import type { ConversationReferenceStore } from '../../src/platform/conversationReferences';
import { createBotFrameworkAuthentication, teamsAuthMode, withTokenErrorsAs401, type BotFrameworkAuthentication, type TeamsAuthMode } from './authentication';
import { createTeamsOutgoingPort } from './outgoingPort';
import { teamsSettings, type TeamsSettings } from './settings';
import { createProactiveSender } from './proactive';

export interface TeamsConnectionDeps {
  conversations: ConversationReferenceStore;
  config: Pick<Config, 'source'>;
  /** Replaces botbuilder's authentication built from the config (tests: a local OpenID metadata endpoint). */
  botFrameworkAuth?: BotFrameworkAuthentication;
}

/** botbuilder's adapter with the bot's credentials, the stored conversations and the outbox's sender. */
export interface TeamsConnection {
  /** The MICROSOFT_* / TEAMS_* configuration. */
  teams: TeamsSettings;
  mode: TeamsAuthMode;
  adapter: CloudAdapter;
  conversations: ConversationReferenceStore;
  outgoing: OutgoingPort;
}

/**
 * Teams' outgoing side without listeners: what the operator commands (`v2030 run digest`) post with,
 * and what the full adapter builds its endpoint on. Throws TeamsNotConfiguredError without
 * credentials unless TEAMS_ALLOW_UNAUTHENTICATED=true.
 */
export function connectTeams(deps: TeamsConnectionDeps): TeamsConnection {
  const teams = teamsSettings(deps.config.source);
  const mode = teamsAuthMode(teams);
  const adapter = new CloudAdapter(withTokenErrorsAs401(deps.botFrameworkAuth ?? createBotFrameworkAuthentication(teams)));
  const { conversations } = deps;
  const base = teams?.publicUrl;
  const imageUrl = base ? (id: string) => new URL(`images/${id}`, base.endsWith('/') ? base : `${base}/`).toString() : undefined;
  const sender = createProactiveSender(adapter, mode.appId, { find: (tenantId, id) => conversations.find(tenantId, 'teams', id) }, imageUrl);
  // teamsAuthMode has refused an unconfigured Teams.
  return { teams: teams!, mode, adapter, conversations, outgoing: createTeamsOutgoingPort(sender, conversations) };
}
