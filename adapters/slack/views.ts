import type { App } from '@slack/bolt';
import { type ListenerDeps, workspaceOf } from './listenerDeps';
import { formValues, messageModal, parseMetadata } from './renderModal';
import { requestOf } from './requests';

/**
 * A submitted form (any registered form: the core routes it by the modal's callback id). Errors go
 * back to the fields (`response_action: errors`, keyed by block id = the core's field id, in the
 * user's language); success replaces the modal with the core's reply. The view id is the delivery
 * key: a double click sends the same view twice and changes once (a view with errors stays open
 * under the same id, but a refused submit stored nothing).
 */
export function registerViews(app: App, deps: ListenerDeps): void {
  app.view({ type: 'view_submission' }, async ({ ack, body, view, context, client }) => {
    const workspace = workspaceOf(context);
    if (!workspace) {
      await ack();
      return;
    }
    const request = await requestOf(deps, workspace, body.user.id, client, `view:${view.id}`);
    const { context: formContext } = parseMetadata(view.private_metadata);
    const outcome = await deps.bot.submitForm(request, view.callback_id, formValues(view.state.values), formContext);
    if (!outcome.ok) {
      await ack({ response_action: 'errors', errors: outcome.fieldErrors });
      return;
    }
    await ack({ response_action: 'update', view: messageModal(outcome.message) });
    deps.home.refresh(workspace, body.user.id, client, deps.homeRefreshDelayMs);
  });
}
