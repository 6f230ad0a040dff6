import crypto from 'node:crypto';

/** Teams tenant (AAD) id of the test municipality "klein", and one nobody knows. */
export const KLEIN_TEAMS_TENANT = '5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
export const UNKNOWN_TEAMS_TENANT = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
export const BOT_ID = '28:00000000-1111-4222-8333-444444444444';
export const BOT_NAME = 'Verwaltung 2.030';
export const CHANNEL_ID = '19:3f4a5b6c7d8e9f00112233445566778@thread.tacv2';
export const TEAM_ID = '19:0a1b2c3d4e5f60718293a4b5c6d7e8f@thread.tacv2';

export interface TeamsUser {
  /** Bot Framework user id (29:…). */
  id: string;
  aadObjectId: string;
  name: string;
}

export function teamsUser(name: string): TeamsUser {
  const hex = crypto.createHash('sha256').update(name).digest('hex');
  return {
    id: `29:1${hex.slice(0, 40)}`,
    aadObjectId: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`,
    name,
  };
}

export const personalConversationId = (user: TeamsUser) => `a:1${user.id.slice(4, 30)}personal`;

interface Common {
  serviceUrl: string;
  user: TeamsUser;
  tenantId?: string;
  id?: string;
  locale?: string;
}

/** Activity ids unique in this process (a repeated id is a redelivery to the bot). */
let activities = 0;

function base({ serviceUrl, user, tenantId = KLEIN_TEAMS_TENANT, id = `${Date.now()}${String(++activities).padStart(6, '0')}`, locale = 'de-DE' }: Common) {
  return {
    id,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { id: BOT_ID, name: BOT_NAME },
    locale,
    entities: [{ locale, country: 'DE', platform: 'Web', timezone: 'Europe/Berlin', type: 'clientInfo' }],
    channelData: { tenant: { id: tenantId } },
  };
}

/** A message in the personal chat with the bot (shape of a Teams capture). */
export function personalMessage(text: string, c: Common) {
  const b = base(c);
  return {
    ...b,
    type: 'message',
    text,
    textFormat: 'plain',
    conversation: { conversationType: 'personal', tenantId: c.tenantId ?? KLEIN_TEAMS_TENANT, id: personalConversationId(c.user) },
  };
}

/** A channel post that @mentions the bot; Teams puts the mention into the text as <at>…</at>. */
export function channelMessage(text: string, c: Common) {
  const b = base(c);
  const tenantId = c.tenantId ?? KLEIN_TEAMS_TENANT;
  const mention = `<at>${BOT_NAME}</at>`;
  return {
    ...b,
    type: 'message',
    text: `${mention} ${text}\n`,
    textFormat: 'plain',
    conversation: { isGroup: true, conversationType: 'channel', tenantId, id: `${CHANNEL_ID};messageid=${b.id}` },
    entities: [...b.entities, { type: 'mention', mentioned: { id: BOT_ID, name: BOT_NAME }, text: mention }],
    channelData: { teamsChannelId: CHANNEL_ID, teamsTeamId: TEAM_ID, channel: { id: CHANNEL_ID }, team: { id: TEAM_ID }, tenant: { id: tenantId } },
  };
}

/** `invoke` of `adaptiveCard/action` (Action.Execute) from a card in the personal chat. */
export function cardAction(verb: string, data: Record<string, unknown>, c: Common & { replyToId?: string }) {
  const b = base(c);
  return {
    ...b,
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: c.replyToId ?? 'act-1',
    conversation: { conversationType: 'personal', tenantId: c.tenantId ?? KLEIN_TEAMS_TENANT, id: personalConversationId(c.user) },
    value: { action: { type: 'Action.Execute', title: 'Speichern', verb, data }, trigger: 'manual' },
  };
}

/** The app is installed (`add`) or uninstalled (`remove`) in a personal chat or a team. */
export function installationUpdate(action: 'add' | 'remove', scope: 'personal' | 'team', c: Common) {
  const b = base(c);
  const tenantId = c.tenantId ?? KLEIN_TEAMS_TENANT;
  const conversation =
    scope === 'personal'
      ? { conversationType: 'personal', tenantId, id: personalConversationId(c.user) }
      : { isGroup: true, conversationType: 'channel', tenantId, id: CHANNEL_ID };
  return {
    ...b,
    type: 'installationUpdate',
    action,
    conversation,
    channelData: scope === 'team' ? { settings: { selectedChannel: { id: CHANNEL_ID } }, team: { id: TEAM_ID }, tenant: { id: tenantId }, source: { name: 'message' } } : { tenant: { id: tenantId }, source: { name: 'message' } },
  };
}

/** The bot is added to / removed from a team (conversationUpdate with the bot among the members). */
export function conversationUpdate(change: 'added' | 'removed', c: Common) {
  const b = base(c);
  const tenantId = c.tenantId ?? KLEIN_TEAMS_TENANT;
  return {
    ...b,
    type: 'conversationUpdate',
    ...(change === 'added' ? { membersAdded: [{ id: BOT_ID }] } : { membersRemoved: [{ id: BOT_ID }] }),
    conversation: { isGroup: true, conversationType: 'channel', tenantId, id: TEAM_ID },
    channelData: { team: { id: TEAM_ID, name: 'Kernteam Klima' }, eventType: change === 'added' ? 'teamMemberAdded' : 'teamMemberRemoved', tenant: { id: tenantId } },
  };
}
