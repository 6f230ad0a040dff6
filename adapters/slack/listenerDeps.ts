import type { Bot } from '../../src/bot/bot';
import type { InboxWriter } from '../../src/inbox/inboxWriter';
import type { Logger } from '../../src/logger';
import type { Background } from './background';
import type { HomePublisher } from './home';
import type { IdentityLinker } from './identityLinker';
import type { UserLocales } from './userLocales';
import type { Workspace } from './workspaces';

/** What the listeners share. */
export interface ListenerDeps {
  bot: Bot;
  linker: IdentityLinker;
  locales: UserLocales;
  home: HomePublisher;
  background: Background;
  /** The durable inbox slash commands are stored in before they are acknowledged. */
  inbox: InboxWriter;
  logger: Logger;
  /** How long a slash command may work before it is acknowledged empty and answered via response_url. */
  ackDeadlineMs: number;
  /** Delay of the App Home refresh after a change (bursts of changes cost one refresh). */
  homeRefreshDelayMs: number;
}

/** The workspace `authorize` found for the request (undefined: the workspace is not bound to a municipality). */
export function workspaceOf(context: Record<string, unknown>): Workspace | undefined {
  return context.workspace as Workspace | undefined;
}
