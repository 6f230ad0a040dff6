/**
 * The platform-neutral message model. Use cases return a Message; each adapter renders it
 * (terminal text, Slack Block Kit, Teams Adaptive Cards). Texts are already localized and
 * formatted; blocks carry meaning (a heading, a progress bar), never platform markup.
 */
export type Tone = 'good' | 'warning' | 'critical' | 'neutral';

export interface Field {
  label: string;
  value: string;
}

export interface TableColumn {
  header: string;
  align?: 'left' | 'right';
}

export interface Button {
  /** Action identifier the core dispatches on, e.g. `measure.logProgress`. */
  action: string;
  label: string;
  /** Opaque payload returned with the click, e.g. a measure code. */
  value: string;
  style?: 'primary' | 'danger';
}

export interface FormOption {
  value: string;
  label: string;
}

export interface FormField {
  id: string;
  label: string;
  kind: 'select' | 'number' | 'text' | 'textarea';
  required: boolean;
  options?: FormOption[];
  initial?: string;
  hint?: string;
  /** A validation error to show at this field (after a rejected submit). */
  error?: string;
}

export interface Form {
  /** Form identifier the core dispatches the submit on, e.g. `measure.logProgress`. */
  id: string;
  title: string;
  submitLabel: string;
  fields: FormField[];
}

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'text'; text: string; tone?: Tone }
  | { type: 'context'; text: string }
  | { type: 'fields'; fields: Field[] }
  | { type: 'list'; items: string[] }
  | { type: 'progress'; label: string; percent: number; tone: Tone; caption?: string }
  | { type: 'table'; columns: TableColumn[]; rows: string[][] }
  | { type: 'sparkline'; label: string; values: number[]; caption?: string }
  | { type: 'actions'; buttons: Button[] }
  | { type: 'form'; form: Form }
  | { type: 'divider' };

export interface Message {
  /** One line for notifications, screen readers and platforms' fallback text. */
  summary: string;
  blocks: Block[];
  /** `user`: only the asking person sees it (Slack ephemeral); `channel`: everyone in the conversation. */
  audience: 'user' | 'channel';
}

export function message(summary: string, blocks: Block[], audience: Message['audience'] = 'user'): Message {
  return { summary, blocks, audience };
}
