import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { translator } from '../../src/i18n';
import { formOf } from '../../src/interactions/refill';
import { type ListenerDeps, workspaceOf } from './listenerDeps';
import { actionOf, paginate } from './renderBlocks';
import { formModal, messageModal } from './renderModal';
import { conversationOf, requestOf } from './requests';

/**
 * A click on any button: acknowledged at once, then decided by the core (`Bot.handleAction`), which
 * knows every action and form by id (src/interactions). A form opens as a modal; a decision's reply
 * goes to the clicker only (ephemeral) and its replacement takes the clicked message's place, both
 * through the message's response_url. Buttons in App Home and modals have none: the reply opens in
 * a modal, a replacement refreshes App Home or takes the clicked modal's place.
 */
export function registerActions(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>({ type: 'block_actions' }, async ({ ack, body, action, context, client, respond }) => {
    await ack();
    const workspace = workspaceOf(context);
    if (!workspace || action.type !== 'button') return;
    const channel = body.channel ? conversationOf(body.channel.id, body.channel.name, workspace.externalId) : undefined;
    const request = { ...(await requestOf(deps, workspace, body.user.id, client, `action:${body.trigger_id}`)), ...(channel ? { conversation: channel } : {}) };
    const outcome = await deps.bot.handleAction(request, actionOf(action.action_id), action.value ?? '');
    if (outcome.kind === 'form') {
      const placeholder = translator(outcome.message.locale ?? workspace.tenantLocale)('slack:selectPlaceholder');
      const form = formOf(outcome.message)!;
      await client.views.open({ trigger_id: body.trigger_id, view: formModal(form, { channel: body.channel?.id }, placeholder) });
      return;
    }
    if (!body.response_url) {
      // A button in a modal (e.g. a form's answer with a confirm button): its replacement takes the modal's place.
      if (outcome.replace && body.view?.type === 'modal') {
        await client.views.update({ view_id: body.view.id, view: messageModal(outcome.replace) });
        return;
      }
      if (outcome.reply) await client.views.open({ trigger_id: body.trigger_id, view: messageModal(outcome.reply) });
      if (outcome.replace) deps.home.refresh(workspace, body.user.id, client);
      return;
    }
    if (outcome.replace) await respond({ replace_original: true, ...paginate(outcome.replace)[0]! });
    for (const page of outcome.reply ? paginate(outcome.reply) : []) await respond({ response_type: 'ephemeral', replace_original: false, ...page });
  });
}
