import crypto from 'node:crypto';
import type { App, RespondFn, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { formOfBareCommand } from '../../src/commands';
import { translator, type Locale } from '../../src/i18n';
import { formOf } from '../../src/interactions/refill';
import { message, type Form, type Message } from '../../src/messages/model';
import { within } from './background';
import { commandDeliveryKey, commandPayload, notStoredMessage, SLACK_INBOX_PLATFORM } from './commandInbox';
import { type ListenerDeps, workspaceOf } from './listenerDeps';
import { paginate } from './renderBlocks';
import { formModal } from './renderModal';
import { requestOf } from './requests';
import { unknownWorkspaceMessage } from './unknownWorkspace';
import type { Workspace } from './workspaces';

type Answer = { kind: 'message'; msg: Message } | { kind: 'form'; form: Form; locale?: Locale };

/**
 * `/v2030 <text>` (any command name the app is configured with): the chat language of the core.
 * A text command is stored in the durable inbox (one INSERT, unique on the delivery key, so a
 * retried delivery is stored once) and acknowledged as soon as the row is committed; the inbox
 * worker runs it and answers through response_url (commandInbox.ts). So an acknowledged command
 * is never lost, also not in a crash right after the ack: the worker picks it up at the next start.
 * A command without arguments that opens a form stays synchronous (views.open needs the
 * trigger_id within three seconds): it runs while Slack waits and opens the modal.
 */
export function registerCommands(app: App, deps: ListenerDeps): void {
  app.command(/.*/, async ({ command, ack, respond, context, client }) => {
    const workspace = workspaceOf(context);
    if (!workspace) {
      await ack({ response_type: 'ephemeral', ...paginate(unknownWorkspaceMessage(command.team_id))[0]! });
      return;
    }
    if (!formOfBareCommand(command.text)) {
      try {
        await deps.inbox.store({ tenantId: workspace.tenantId, platform: SLACK_INBOX_PLATFORM, deliveryKey: commandDeliveryKey(command), payload: { ...commandPayload(command) } });
      } catch (error) {
        const reference = crypto.randomUUID().slice(0, 8);
        deps.logger.error({ err: error, reference }, 'slack: could not store a command; answered that nothing was saved');
        const text = translator(workspace.tenantLocale)('common:unexpectedError', { reference });
        await ack({ response_type: 'ephemeral', ...paginate(notStoredMessage(text))[0]! });
        return;
      }
      await ack();
      return;
    }
    const work = answer(deps, workspace, command, client);
    const early = await within(work, deps.ackDeadlineMs);
    if (early) {
      const { value } = early;
      if (value.kind === 'message') {
        const [first, ...rest] = paginate(value.msg);
        await ack({ response_type: responseType(value.msg), ...first! });
        for (const page of rest) await respond({ response_type: responseType(value.msg), ...page });
      } else {
        await ack();
        await deliverLate(deps, workspace, value, command, client, respond);
      }
    } else {
      await ack();
      deps.background.run('late command reply', async () => deliverLate(deps, workspace, await work, command, client, respond));
    }
  });
}

/** A command without arguments: the form it opens (or the message why it cannot). */
async function answer(deps: ListenerDeps, workspace: Workspace, command: SlashCommand, client: WebClient): Promise<Answer> {
  const msg = await deps.bot.openForm(await requestOf(deps, workspace, command.user_id, client), formOfBareCommand(command.text)!);
  const form = formOf(msg);
  return form ? { kind: 'form', form, locale: msg.locale } : { kind: 'message', msg };
}

/** Delivers an answer after the ack: a form as a modal, a message through response_url. */
async function deliverLate(deps: ListenerDeps, workspace: Workspace, value: Answer, command: SlashCommand, client: WebClient, respond: RespondFn): Promise<void> {
  if (value.kind === 'form') {
    const t = translator(value.locale ?? workspace.tenantLocale);
    try {
      await client.views.open({ trigger_id: command.trigger_id, view: formModal(value.form, { channel: command.channel_id }, t('slack:selectPlaceholder')) });
      return;
    } catch (error) {
      deps.logger.warn({ err: error }, 'slack: views.open failed');
      const text = t('slack:formFailed');
      value = { kind: 'message', msg: message(text, [{ type: 'text', text, tone: 'warning' }]) };
    }
  }
  for (const page of paginate(value.msg)) await respond({ response_type: responseType(value.msg), ...page });
}

function responseType(msg: Message): 'in_channel' | 'ephemeral' {
  return msg.audience === 'channel' ? 'in_channel' : 'ephemeral';
}
