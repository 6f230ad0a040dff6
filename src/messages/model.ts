import type { Locale } from '../i18n';
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
  /** A registered action or form id (src/interactions), e.g. `measure.refresh` or `measure.logProgress`. */
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
  /** Form identifier the core dispatches the submit on, e.g. `measure.logProgress` (see src/interactions). */
  id: string;
  title: string;
  /** A line above the fields, e.g. what is being answered ("Antrag 17: 25.000,00 € …"). */
  intro?: string;
  submitLabel: string;
  fields: FormField[];
  /**
   * Opaque state the form carries and gets back with its submit (e.g. the request number a "reject"
   * form answers): Slack keeps it in the modal's private_metadata, Teams in the card's data, the console in its session.
   */
  context?: string;
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
  /**
   * An image the core rendered and stored (src/outbox/images.ts: `storeImage`), by its id. Slack
   * uploads it, Teams shows it in the card (inline when small, else from the bot's URL), the console
   * prints `alt` and where the file is. `alt` is also every platform's fallback.
   */
  | { type: 'image'; imageId: string; alt: string; title?: string }
  | { type: 'divider' };

export interface Message {
  /** One line for notifications, screen readers and platforms' fallback text. */
  summary: string;
  blocks: Block[];
  /** `user`: only the asking person sees it (Slack ephemeral); `channel`: everyone in the conversation. */
  audience: 'user' | 'channel';
  /** The language the core wrote it in (set on answers to a request): adapters word their own additions in it. */
  locale?: Locale;
}

export function message(summary: string, blocks: Block[], audience: Message['audience'] = 'user'): Message {
  return { summary, blocks, audience };
}
