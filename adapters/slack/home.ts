import type { WebClient } from '@slack/web-api';
import type { Bot } from '../../src/bot/bot';
import { translator } from '../../src/i18n';
import type { Message } from '../../src/messages/model';
import type { Background } from './background';
import type { SlackHomeView } from './blockKit';
import { LIMITS } from './limits';
import { renderBlocks } from './renderBlocks';
import { interactionRequest } from './requests';
import type { UserLocales } from './userLocales';
import type { Workspace } from './workspaces';

export function homeView(msg: Message, moreHint: string): SlackHomeView {
  const blocks = renderBlocks(msg);
  if (blocks.length <= LIMITS.viewBlocks) return { type: 'home', blocks };
  return { type: 'home', blocks: [...blocks.slice(0, LIMITS.viewBlocks - 1), { type: 'context', elements: [{ type: 'mrkdwn', text: moreHint }] }] };
}

/**
 * Publishes a user's App Home: when they open it and after each change they make. Refreshes of
 * one user are coalesced: while one waits or runs, further requests collapse into one more run
 * afterwards. After a change the refresh waits `delayMs` first, so a burst of changes costs one
 * refresh (the Home tab is not visible while the user types commands or fills a modal).
 */
export class HomePublisher {
  private readonly state = new Map<string, 'running' | 'again'>();

  constructor(
    private readonly bot: Bot,
    private readonly background: Background,
    private readonly locales: UserLocales,
  ) {}

  refresh(workspace: Workspace, userId: string, client: WebClient, delayMs = 0): void {
    if (!workspace.botToken) return;
    const key = `${workspace.externalId}:${userId}`;
    const current = this.state.get(key);
    if (current) {
      this.state.set(key, 'again');
      return;
    }
    this.state.set(key, 'running');
    this.background.run('app home', async () => {
      try {
        if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
        do {
          this.state.set(key, 'running');
          await this.publish(workspace, userId, client);
        } while (this.state.get(key) === 'again');
      } finally {
        this.state.delete(key);
      }
    });
  }

  private async publish(workspace: Workspace, userId: string, client: WebClient): Promise<void> {
    const locale = await this.locales.of(workspace, userId, client);
    const msg = await this.bot.home(interactionRequest(workspace, userId, undefined, locale));
    const view = homeView(msg, translator(msg.locale ?? workspace.tenantLocale)('slack:homeMore'));
    await client.views.publish({ user_id: userId, view, token: workspace.botToken });
  }
}
