import type { Block, Button, Form, FormField, Message, TableColumn, Tone } from '../../src/messages/model';
import { progressBar, sparkline } from '../../src/messages/sparkline';
import { escapeCardMarkdown } from './cardMarkdown';

/** Adaptive Card JSON (schema 1.5, as Teams renders it). Loosely typed: it is sent as JSON. */
export type CardElement = Record<string, unknown>;
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  msteams?: { width: 'Full' };
}

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
/** Teams refuses activities above ~28 KB; the card gets this much, the activity envelope the rest. */
export const CARD_BUDGET_BYTES = 24_000;

/** Verbs of our Action.Execute buttons; `data` carries the rest. */
export const VERB_SUBMIT_FORM = 'v2030.submitForm';
export const VERB_BUTTON = 'v2030.button';

/** Where a card's images come from: inline data (outbox, small images) or the bot's public image URL. */
export interface CardImages {
  /** `data:` URIs of small images, by image id (Teams shows them without fetching anything). */
  inline?: Map<string, string>;
  /** The public URL of an image by its id (`<V2030_PUBLIC_URL>/images/<id>`), when the bot has one. */
  url?: (imageId: string) => string;
}

export interface RenderOptions {
  /** Identifies a form card instance, so that submitting the same card twice changes nothing twice. */
  cardId?: string;
  images?: CardImages;
  /** Labels of continuation cards when a message is split, e.g. (part, total) => "Fortsetzung (2/3)". */
  continued?: (part: number, total: number) => string;
}

const TONE_COLOR: Record<Tone, string> = { good: 'Good', warning: 'Warning', critical: 'Attention', neutral: 'Default' };

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

function card(body: CardElement[]): AdaptiveCard {
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body, msteams: { width: 'Full' } };
}

/** A TextBlock of text as written: Markdown in it is escaped (texts carry user input such as notes). */
const textBlock = (text: string, extra: CardElement = {}): CardElement => ({ type: 'TextBlock', text: escapeCardMarkdown(text), wrap: true, ...extra });

/**
 * Renders a core message as one or more Adaptive Cards, each under the size budget. Blocks are kept
 * whole where they fit; long lists and tables are cut between items or rows.
 */
export function renderCards(msg: Message, options: RenderOptions = {}): AdaptiveCard[] {
  const groups: CardElement[][] = [];
  let divider = false;
  for (const block of msg.blocks) {
    if (block.type === 'divider') {
      divider = true;
      continue;
    }
    for (const chunk of splitBlock(block)) {
      const elements = renderBlock(chunk, options);
      if (elements.length === 0) continue;
      if (divider) elements[0] = { ...elements[0], separator: true, spacing: 'Medium' };
      divider = false;
      groups.push(elements);
    }
  }
  const cards: CardElement[][] = [[]];
  let size = bytes(card([]));
  for (const group of groups) {
    const groupSize = group.reduce((sum, e) => sum + bytes(e) + 1, 0);
    if (size + groupSize > CARD_BUDGET_BYTES && cards.at(-1)!.length > 0) {
      cards.push([]);
      size = bytes(card([])) + 200; // room for the continuation label
    }
    cards.at(-1)!.push(...group);
    size += groupSize;
  }
  if (cards.length === 1 && cards[0]!.length === 0) cards[0]!.push(textBlock(msg.summary));
  return cards.map((body, index) =>
    card(index > 0 && options.continued ? [textBlock(options.continued(index + 1, cards.length), { isSubtle: true, size: 'Small' }), ...body] : body),
  );
}

type ContentBlock = Exclude<Block, { type: 'divider' }>;

/** Lists and tables that would not fit one card are cut into pieces that do (measured as rendered). */
function splitBlock(block: ContentBlock): ContentBlock[] {
  const limit = CARD_BUDGET_BYTES / 2;
  if (block.type === 'list' && bytes(block) > limit) {
    return chunk(block.items, limit, (item) => bytes(item) + 3).map((items) => ({ ...block, items }));
  }
  if (block.type === 'table') {
    const rowSize = (row: string[]) => bytes(tableRow(block.columns, row, false)) + 1;
    const header = bytes(tableRow(block.columns, block.columns.map((c) => c.header), true));
    if (header + block.rows.reduce((sum, row) => sum + rowSize(row), 0) > limit) {
      return chunk(block.rows, limit - header, rowSize).map((rows) => ({ ...block, rows }));
    }
  }
  if (block.type === 'text' && bytes(block) > limit) {
    const pieces: ContentBlock[] = [];
    for (let i = 0; i < block.text.length; i += 4_000) pieces.push({ ...block, text: block.text.slice(i, i + 4_000) });
    return pieces;
  }
  return [block];
}

function chunk<T>(items: T[], limit: number, size: (item: T) => number): T[][] {
  const out: T[][] = [[]];
  let used = 0;
  for (const item of items) {
    const s = size(item);
    if (used + s > limit && out.at(-1)!.length > 0) {
      out.push([]);
      used = 0;
    }
    out.at(-1)!.push(item);
    used += s;
  }
  return out;
}

function tableRow(columns: TableColumn[], values: string[], header: boolean): CardElement {
  return { type: 'TableRow', ...(header ? { style: 'emphasis' } : {}), cells: columns.map((c, i) => cell(values[i] ?? '', c.align, header)) };
}

function renderBlock(block: ContentBlock, options: RenderOptions): CardElement[] {
  switch (block.type) {
    case 'heading':
      return [textBlock(block.text, { size: 'Medium', weight: 'Bolder', style: 'heading' })];
    case 'text':
      return [textBlock(block.text, block.tone && block.tone !== 'neutral' ? { color: TONE_COLOR[block.tone] } : {})];
    case 'context':
      return [textBlock(block.text, { size: 'Small', isSubtle: true })];
    case 'fields':
      return [{ type: 'FactSet', facts: block.fields.map((f) => ({ title: escapeCardMarkdown(f.label), value: escapeCardMarkdown(f.value) })) }];
    case 'list':
      return [{ type: 'TextBlock', wrap: true, text: block.items.map((item) => `- ${escapeCardMarkdown(item.replace(/\n/g, ' '))}`).join('\n') }];
    case 'progress':
      return [
        {
          type: 'ColumnSet',
          columns: [
            { type: 'Column', width: 'auto', items: [textBlock(block.label, { weight: 'Bolder' })] },
            { type: 'Column', width: 'stretch', items: [textBlock(`${progressBar(block.percent)} ${block.percent} %`, { fontType: 'Monospace', color: TONE_COLOR[block.tone] })] },
          ],
        },
        ...(block.caption ? [textBlock(block.caption, { size: 'Small', isSubtle: true, spacing: 'None' })] : []),
      ];
    case 'table':
      return [
        {
          type: 'Table',
          gridStyle: 'default',
          firstRowAsHeaders: true,
          showGridLines: false,
          columns: block.columns.map(() => ({ width: 1 })),
          rows: [tableRow(block.columns, block.columns.map((c) => c.header), true), ...block.rows.map((row) => tableRow(block.columns, row, false))],
        },
      ];
    case 'sparkline':
      return [
        textBlock(`${block.label}: ${sparkline(block.values)}`, { fontType: 'Monospace' }),
        ...(block.caption ? [textBlock(block.caption, { size: 'Small', isSubtle: true, spacing: 'None' })] : []),
      ];
    case 'actions':
      return [{ type: 'ActionSet', actions: block.buttons.map(buttonAction) }];
    case 'form':
      return renderForm(block.form, options.cardId);
    case 'image': {
      const url = options.images?.inline?.get(block.imageId) ?? options.images?.url?.(block.imageId);
      const caption = block.title ? [textBlock(block.title, { weight: 'Bolder' })] : [];
      if (!url) return [...caption, textBlock(`🖼 ${block.alt}`, { isSubtle: true })];
      return [...caption, { type: 'Image', url, altText: block.alt, size: 'Stretch' }];
    }
  }
}

function cell(text: string, align: 'left' | 'right' | undefined, header: boolean): CardElement {
  return { type: 'TableCell', items: [textBlock(text, { horizontalAlignment: align === 'right' ? 'Right' : 'Left', ...(header ? { weight: 'Bolder' } : {}) })] };
}

function buttonAction(button: Button): CardElement {
  return {
    type: 'Action.Execute',
    title: button.label,
    verb: VERB_BUTTON,
    data: { action: button.action, value: button.value },
    ...(button.style ? { style: button.style === 'primary' ? 'positive' : 'destructive' } : {}),
  };
}

/** Input ids are prefixed so that card data (formId, cardId) never collides with a field id. */
export const INPUT_PREFIX = 'f_';

function renderForm(form: Form, cardId: string | undefined): CardElement[] {
  const elements: CardElement[] = [textBlock(form.title, { size: 'Medium', weight: 'Bolder', style: 'heading' })];
  if (form.intro) elements.push(textBlock(form.intro));
  for (const field of form.fields) {
    elements.push(renderInput(field));
    if (field.hint && field.kind !== 'select') elements.push(textBlock(field.hint, { size: 'Small', isSubtle: true, spacing: 'None' }));
    if (field.error) elements.push(textBlock(field.error, { color: 'Attention', size: 'Small', spacing: 'None' }));
  }
  elements.push({
    type: 'ActionSet',
    actions: [{ type: 'Action.Execute', title: form.submitLabel, verb: VERB_SUBMIT_FORM, style: 'positive', associatedInputs: 'auto', data: { formId: form.id, cardId, ...(form.context !== undefined ? { context: form.context } : {}) } }],
  });
  return elements;
}

function renderInput(field: FormField): CardElement {
  const common = { id: INPUT_PREFIX + field.id, label: field.label, isRequired: field.required, ...(field.error ? { errorMessage: field.error } : {}) };
  switch (field.kind) {
    case 'select':
      return {
        type: 'Input.ChoiceSet',
        ...common,
        style: 'compact',
        choices: (field.options ?? []).map((o) => ({ title: o.label, value: o.value })),
        ...(field.initial !== undefined ? { value: field.initial } : {}),
        ...(field.hint ? { placeholder: field.hint } : {}),
      };
    case 'number': {
      const initial = field.initial !== undefined && /^-?\d+(\.\d+)?$/.test(field.initial) ? Number(field.initial) : undefined;
      return { type: 'Input.Number', ...common, ...(initial !== undefined ? { value: initial } : {}), ...(field.hint ? { placeholder: field.hint } : {}) };
    }
    case 'text':
    case 'textarea':
      return {
        type: 'Input.Text',
        ...common,
        ...(field.kind === 'textarea' ? { isMultiline: true } : {}),
        ...(field.initial !== undefined ? { value: field.initial } : {}),
        ...(field.hint ? { placeholder: field.hint } : {}),
      };
  }
}
