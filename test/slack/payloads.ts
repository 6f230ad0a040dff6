/**
 * Request bodies in the shapes of Slack's documented examples (slash command form body,
 * block_actions and view_submission as a `payload` form field, Events API JSON).
 */
export interface Who {
  team: string;
  user: string;
}

let counter = 0;
const next = () => `${Date.now()}${++counter}`;

export function slashCommandBody(who: Who, text: string, responseUrl: string, triggerId = `${next()}.12345.${'ab'.repeat(8)}`): string {
  return new URLSearchParams({
    token: 'gIkuvaNzQIHg97ATvDxqgjtO',
    team_id: who.team,
    team_domain: 'kleinstadt',
    channel_id: 'C0KLIMA01',
    channel_name: 'kernteam-klima',
    user_id: who.user,
    user_name: who.user.toLowerCase(),
    command: '/v2030',
    text,
    api_app_id: 'A0001',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: triggerId,
  }).toString();
}

export function blockActionsBody(who: Who, action: { action_id: string; value: string; text: string }, responseUrl: string): string {
  const payload = {
    type: 'block_actions',
    user: { id: who.user, username: who.user.toLowerCase(), name: who.user.toLowerCase(), team_id: who.team },
    api_app_id: 'A0001',
    token: 'gIkuvaNzQIHg97ATvDxqgjtO',
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C0KLIMA01', is_ephemeral: true },
    trigger_id: `${next()}.12345.${'cd'.repeat(8)}`,
    team: { id: who.team, domain: 'kleinstadt' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: 'C0KLIMA01', name: 'kernteam-klima' },
    response_url: responseUrl,
    actions: [{ ...action, block_id: 'b1', text: { type: 'plain_text', text: action.text, emoji: true }, type: 'button', action_ts: '1700000001.000200' }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export type StateValues = Record<string, Record<string, { type: string; value?: string | null; selected_option?: { text: { type: 'plain_text'; text: string }; value: string } | null }>>;

export function viewSubmissionBody(who: Who, view: { id: string; callbackId: string; values: StateValues; privateMetadata?: string }): string {
  const payload = {
    type: 'view_submission',
    team: { id: who.team, domain: 'kleinstadt' },
    user: { id: who.user, username: who.user.toLowerCase(), name: who.user.toLowerCase(), team_id: who.team },
    api_app_id: 'A0001',
    token: 'gIkuvaNzQIHg97ATvDxqgjtO',
    trigger_id: `${next()}.12345.${'ef'.repeat(8)}`,
    view: {
      id: view.id,
      team_id: who.team,
      type: 'modal',
      blocks: [],
      private_metadata: view.privateMetadata ?? '{}',
      callback_id: view.callbackId,
      state: { values: view.values },
      hash: '1700000000.abcdef',
      title: { type: 'plain_text', text: 'Fortschritt melden', emoji: true },
      clear_on_close: false,
      notify_on_close: false,
      close: null,
      submit: { type: 'plain_text', text: 'Speichern', emoji: true },
      previous_view_id: null,
      root_view_id: view.id,
      app_id: 'A0001',
      external_id: '',
      app_installed_team_id: who.team,
      bot_id: 'BBOT',
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export function appHomeOpenedBody(who: Who, eventId = `Ev${next()}`): string {
  return eventBody(who, { type: 'app_home_opened', user: who.user, channel: 'D0HOME01', tab: 'home', event_ts: '1700000002.000300' }, eventId);
}

/** `app_uninstalled` as Slack documents it (api.slack.com/events/app_uninstalled). */
export function appUninstalledBody(who: Pick<Who, 'team'>): string {
  return eventBody({ team: who.team, user: '' }, { type: 'app_uninstalled' });
}

/** `tokens_revoked`: the user ids whose user (oauth) or bot tokens were revoked. */
export function tokensRevokedBody(who: Pick<Who, 'team'>, tokens: { oauth?: string[]; bot?: string[] }): string {
  return eventBody({ team: who.team, user: '' }, { type: 'tokens_revoked', tokens });
}

function eventBody(who: Who, event: Record<string, unknown>, eventId = `Ev${next()}`): string {
  return JSON.stringify({
    token: 'gIkuvaNzQIHg97ATvDxqgjtO',
    team_id: who.team,
    api_app_id: 'A0001',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: 1700000002,
    authorizations: [{ enterprise_id: null, team_id: who.team, user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  });
}

/** A text input's state, a select's state. */
export const text = (value: string | null) => ({ value: { type: 'plain_text_input', value } });
export const number = (value: string | null) => ({ value: { type: 'number_input', value } });
export const select = (value: string | null) => ({ value: { type: 'static_select', selected_option: value === null ? null : { text: { type: 'plain_text' as const, text: value }, value } } });
