import type { Form, FormField, Message } from '../../src/messages/model';
import type { SlackBlock, SlackInputBlock, SlackModalView, SlackOption } from './blockKit';
import { LIMITS, shorten } from './limits';
import { escapeMrkdwn } from './mrkdwn';
import { renderBlocks } from './renderBlocks';

/** Every input's action id; the block id is the core's field id, so field errors map 1:1 to blocks. */
export const INPUT_ACTION = 'value';
/** Title of modals that only show an answer (a saved confirmation, an error): the product's name. */
const PRODUCT_TITLE = 'Verwaltung 2.030';

export interface ModalMetadata {
  /** The channel the modal was opened from, if any. */
  channel?: string;
  /** The form's own context (Form.context), given back with the submit. */
  context?: string;
}

export function formModal(form: Form, metadata: ModalMetadata, selectPlaceholder: string): SlackModalView {
  const intro: SlackBlock[] = form.intro ? [{ type: 'section', text: { type: 'mrkdwn', text: shorten(escapeMrkdwn(form.intro), LIMITS.sectionText) } }] : [];
  return {
    type: 'modal',
    callback_id: form.id,
    private_metadata: JSON.stringify({ ...metadata, ...(form.context !== undefined ? { context: form.context } : {}) }).slice(0, LIMITS.privateMetadata),
    title: { type: 'plain_text', text: shorten(form.title, LIMITS.viewTitle) },
    submit: { type: 'plain_text', text: shorten(form.submitLabel, LIMITS.viewSubmit) },
    blocks: [...intro, ...form.fields.map((field) => inputBlock(field, selectPlaceholder))],
  };
}

function inputBlock(field: FormField, selectPlaceholder: string): SlackInputBlock {
  const base = {
    type: 'input' as const,
    block_id: field.id,
    optional: !field.required,
    label: { type: 'plain_text' as const, text: shorten(field.label, LIMITS.label) },
    ...(field.hint ? { hint: { type: 'plain_text' as const, text: shorten(field.hint, LIMITS.hint) } } : {}),
  };
  const initial = field.initial ?? undefined;
  if (field.kind === 'select' && field.options && field.options.length > 0) {
    const options: SlackOption[] = field.options.map((o) => ({ text: { type: 'plain_text', text: shorten(o.label, LIMITS.optionText) }, value: o.value.slice(0, LIMITS.optionValue) }));
    const initialOption = options.find((o) => o.value === initial);
    const choices =
      options.length <= LIMITS.selectOptions
        ? { options }
        : {
            option_groups: chunk(options, LIMITS.selectOptions).map((group) => ({
              label: { type: 'plain_text' as const, text: shorten(`${group[0]!.value} – ${group[group.length - 1]!.value}`, LIMITS.optionText) },
              options: group,
            })),
          };
    return {
      ...base,
      element: {
        type: 'static_select',
        action_id: INPUT_ACTION,
        placeholder: { type: 'plain_text', text: selectPlaceholder },
        ...choices,
        ...(initialOption ? { initial_option: initialOption } : {}),
      },
    };
  }
  if (field.kind === 'number') {
    return { ...base, element: { type: 'number_input', action_id: INPUT_ACTION, is_decimal_allowed: false, ...(initial !== undefined ? { initial_value: initial } : {}) } };
  }
  // Text, long text, and a select without choices (Slack rejects an empty select; a typed code still works).
  return {
    ...base,
    element: { type: 'plain_text_input', action_id: INPUT_ACTION, multiline: field.kind === 'textarea', ...(initial !== undefined ? { initial_value: initial } : {}) },
  };
}

/** A modal that only shows a message (the reply to a submitted form, or why a form cannot open). */
export function messageModal(msg: Message): SlackModalView {
  const blocks: SlackBlock[] = renderBlocks(msg).slice(0, LIMITS.viewBlocks);
  return { type: 'modal', title: { type: 'plain_text', text: PRODUCT_TITLE }, blocks };
}

export function parseMetadata(raw: string | undefined): ModalMetadata {
  try {
    const value: unknown = JSON.parse(raw ?? '{}');
    return typeof value === 'object' && value !== null ? (value as ModalMetadata) : {};
  } catch {
    return {};
  }
}

interface StateValue {
  type?: string;
  value?: string | null;
  selected_option?: { value: string } | null;
}

/** The submitted values by field id, from `view.state.values` of a view_submission. */
export function formValues(state: Record<string, Record<string, StateValue>>): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {};
  for (const [blockId, actions] of Object.entries(state)) {
    const input = actions[INPUT_ACTION];
    if (!input) continue;
    values[blockId] = input.selected_option?.value ?? input.value ?? undefined;
  }
  return values;
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
