import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { FORM_IDS } from '../../src/forms/formIds';
import { translator } from '../../src/i18n';
import { formOf } from './commands';
import { type ListenerDeps, workspaceOf } from './listenerDeps';
import { actionOf } from './renderBlocks';
import { formModal, messageModal } from './renderModal';
import { interactionRequest } from './requests';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Buttons that open a form: the measure card's "log progress" (value: the measure code) and the KPI form. */
const FORM_BUTTON = new RegExp(`^(${FORM_IDS.map(escape).join('|')})(#[\\d.]+)?$`);

/**
 * A click on a button that opens a form: acknowledged at once, then the form is opened as a modal,
 * prefilled with the button's value. If the core answers with a message instead (e.g. the user is
 * not linked), that message is shown in a modal.
 */
export function registerActions(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(FORM_BUTTON, async ({ ack, body, action, context, client }) => {
    await ack();
    const workspace = workspaceOf(context);
    if (!workspace) return;
    await deps.linker.ensureLinked(workspace, body.user.id, client);
    const formId = actionOf(action.action_id);
    const msg = await deps.bot.openForm(interactionRequest(workspace, body.user.id), formId, action.value || undefined);
    const form = formOf(msg);
    const placeholder = translator(workspace.tenantLocale)('slack:selectPlaceholder');
    const view = form ? formModal(form, { channel: body.channel?.id }, placeholder) : messageModal(msg);
    await client.views.open({ trigger_id: body.trigger_id, view });
  });
}
