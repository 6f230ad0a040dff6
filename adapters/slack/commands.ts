import type { App, RespondFn, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { commandWords } from '../../src/commands/registry';
import { parseCommand } from '../../src/commands';
import { LOG_PROGRESS_FORM, RECORD_KPI_FORM, type FormId } from '../../src/forms/formIds';
import { translator } from '../../src/i18n';
import { message, type Form, type Message } from '../../src/messages/model';
import { within } from './background';
import { type ListenerDeps, workspaceOf } from './listenerDeps';
import { paginate } from './renderBlocks';
import { formModal } from './renderModal';
import { interactionRequest } from './requests';
import { unknownWorkspaceMessage } from './unknownWorkspace';
import type { Workspace } from './workspaces';
import type { Conversation } from '../../src/domain/conversation';

/** Commands that open their form when given without arguments (`/v2030 fortschritt`). */
const FORM_OF_COMMAND: Record<string, FormId> = { logProgress: LOG_PROGRESS_FORM, recordKpiValue: RECORD_KPI_FORM };
/** Commands that change something, after which the user's App Home is refreshed. */
const CHANGING = new Set(['logProgress', 'recordKpiValue']);

export function bareFormCommand(text: string): FormId | undefined {
  const words = text.trim().split(/\s+/);
  if (words.length !== 1 || words[0] === '') return undefined;
  const name = commandWords.find(words[0]!)?.value.name;
  return name ? FORM_OF_COMMAND[name] : undefined;
}

export function formOf(msg: Message): Form | undefined {
  for (const block of msg.blocks) if (block.type === 'form') return block.form;
  return undefined;
}

type Answer = { kind: 'message'; msg: Message } | { kind: 'form'; form: Form };

/**
 * `/v2030 <text>` (any command name the app is configured with): the chat language of the core.
 * The command runs while Slack waits; finished within the deadline, its reply is the ack itself
 * (one round trip, nothing else to fail). Slower, it is acknowledged empty and the reply follows
 * through response_url. Retried deliveries carry the same trigger_id, which is the delivery key.
 */
export function registerCommands(app: App, deps: ListenerDeps): void {
  app.command(/.*/, async ({ command, ack, respond, context, client }) => {
    const workspace = workspaceOf(context);
    if (!workspace) {
      await ack({ response_type: 'ephemeral', ...paginate(unknownWorkspaceMessage(command.team_id))[0]! });
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
    const parsed = parseCommand(command.text);
    if (parsed.ok && CHANGING.has(parsed.command.name)) {
      deps.background.run('refresh after command', async () => {
        await work;
        deps.home.refresh(workspace, command.user_id, client, deps.homeRefreshDelayMs);
      });
    }
  });
}

async function answer(deps: ListenerDeps, workspace: Workspace, command: SlashCommand, client: WebClient): Promise<Answer> {
  await deps.linker.ensureLinked(workspace, command.user_id, client);
  const formId = bareFormCommand(command.text);
  if (formId) {
    const msg = await deps.bot.openForm(interactionRequest(workspace, command.user_id), formId);
    const form = formOf(msg);
    return form ? { kind: 'form', form } : { kind: 'message', msg };
  }
  const msg = await deps.bot.handleText({
    ...interactionRequest(workspace, command.user_id, `command:${command.trigger_id}`),
    conversation: conversationOf(command),
    text: command.text,
  });
  return { kind: 'message', msg };
}

/** Where a slash command was typed: a DM, a group DM (`mpdm-…`) or a channel. */
function conversationOf(command: SlashCommand): Conversation {
  const name = command.channel_name;
  const kind = name === 'directmessage' ? 'personal' : name.startsWith('mpdm-') ? 'group' : 'channel';
  return { id: command.channel_id, workspaceId: command.team_id, kind, name };
}

/** Delivers an answer after the ack: a form as a modal, a message through response_url. */
async function deliverLate(deps: ListenerDeps, workspace: Workspace, value: Answer, command: SlashCommand, client: WebClient, respond: RespondFn): Promise<void> {
  if (value.kind === 'form') {
    const t = translator(workspace.tenantLocale);
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
