import type { types } from '@slack/bolt';

/** Block Kit types used by the renderer (re-exported by Bolt from @slack/types). */
export type SlackBlock = types.KnownBlock;
export type SlackButton = types.Button;
export type SlackModalView = types.ModalView;
export type SlackHomeView = types.HomeView;
export type SlackInputBlock = types.InputBlock;
export type SlackOption = types.PlainTextOption;

/** One message as Slack takes it from an ack, a response_url or chat.postMessage. */
export interface SlackMessagePayload {
  text: string;
  blocks: SlackBlock[];
}
