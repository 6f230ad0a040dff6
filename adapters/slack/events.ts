import type { App } from '@slack/bolt';
import { type ListenerDeps, workspaceOf } from './listenerDeps';

/** App Home: published whenever the user opens the Home tab. */
export function registerEvents(app: App, deps: ListenerDeps): void {
  app.event('app_home_opened', async ({ event, context, client }) => {
    if (event.tab !== 'home') return;
    const workspace = workspaceOf(context);
    if (!workspace) return;
    await deps.linker.ensureLinked(workspace, event.user, client);
    deps.home.refresh(workspace, event.user, client);
  });
}
