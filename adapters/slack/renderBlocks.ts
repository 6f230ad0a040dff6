import type { Block, Button, Message, TableColumn, Tone } from '../../src/messages/model';
import { progressBar, sparkline } from '../../src/messages/sparkline';
import type { SlackBlock, SlackButton, SlackMessagePayload } from './blockKit';
import { LIMITS, packLines, shorten, splitText } from './limits';
import { bold, escapeMrkdwn } from './mrkdwn';

const TONE_EMOJI: Record<Tone, string> = { good: ':large_green_circle:', warning: ':large_yellow_circle:', critical: ':red_circle:', neutral: ':white_circle:' };
const TEXT_TONE: Record<Tone, string> = { good: ':white_check_mark:', warning: ':warning:', critical: ':x:', neutral: ':information_source:' };
/** Tables this narrow stay aligned in a code block even on a phone; wider ones become one line per row. */
const CODE_TABLE_WIDTH = 48;

const section = (text: string): SlackBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
const sections = (text: string): SlackBlock[] => splitText(text, LIMITS.sectionText).map(section);

/** Where the message's images come from: files the bot uploaded (outbox), or the bot's public image URL (replies). */
export interface ImageSources {
  /** Slack file ids by image id. */
  slackFiles?: Map<string, string>;
  /** The public URL of an image by its id (`<V2030_PUBLIC_URL>/images/<id>`), when the bot has one. */
  imageUrl?: (imageId: string) => string;
}

/**
 * Renders the core's message model into Block Kit blocks within Slack's limits: long texts become
 * several sections (split between words), more than ten fields several field sections, more than
 * 25 buttons several action blocks. The block count is the caller's concern (see `paginate`).
 */
export function renderBlocks(msg: Message, images: ImageSources = {}): SlackBlock[] {
  return msg.blocks.flatMap((block, index) => renderBlock(block, index, images));
}

function renderImage(block: Extract<Block, { type: 'image' }>, images: ImageSources): SlackBlock[] {
  const file = images.slackFiles?.get(block.imageId);
  const alt = shorten(block.alt, LIMITS.imageAltText);
  const title = block.title ? { title: { type: 'plain_text' as const, text: shorten(block.title, LIMITS.imageTitle) } } : {};
  if (file) return [{ type: 'image', slack_file: { id: file }, alt_text: alt, ...title }];
  if (images.imageUrl) return [{ type: 'image', image_url: images.imageUrl(block.imageId), alt_text: alt, ...title }];
  return [{ type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(`🖼 ${block.title ? `${block.title}: ` : ''}${block.alt}`) }] }];
}

function renderBlock(block: Block, index: number, images: ImageSources): SlackBlock[] {
  switch (block.type) {
    case 'heading':
      return block.text.length <= LIMITS.headerText
        ? [{ type: 'header', text: { type: 'plain_text', text: block.text, emoji: true } }]
        : sections(bold(block.text));
    case 'text':
      return sections(block.tone ? `${TEXT_TONE[block.tone]} ${escapeMrkdwn(block.text)}` : escapeMrkdwn(block.text));
    case 'context':
      return splitText(escapeMrkdwn(block.text), LIMITS.contextText).map((text) => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] }));
    case 'fields':
      return renderFields(block.fields);
    case 'list':
      return packLines(block.items.map((item) => `• ${escapeMrkdwn(item)}`), LIMITS.sectionText).map(section);
    case 'progress': {
      const caption = block.caption ? `  ${escapeMrkdwn(block.caption)}` : '';
      return sections(`${TONE_EMOJI[block.tone]} ${bold(block.label)}  \`${progressBar(block.percent)}\` ${block.percent} %${caption}`);
    }
    case 'table':
      return renderTable(block.columns, block.rows);
    case 'sparkline': {
      const caption = block.caption ? `  _${escapeMrkdwn(block.caption)}_` : '';
      return sections(`${bold(block.label)}  ${sparkline(block.values)}${caption}`);
    }
    case 'actions':
      return renderActions(block.buttons, index);
    case 'form': {
      // A form inside a message is offered as a button that opens it as a modal.
      const initial = block.form.fields[0]?.initial ?? '';
      return renderActions([{ action: block.form.id, label: block.form.title, value: initial, style: 'primary' }], index);
    }
    case 'image':
      return renderImage(block, images);
    case 'divider':
      return [{ type: 'divider' }];
  }
}

function renderFields(fields: { label: string; value: string }[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length > 0) blocks.push({ type: 'section', fields: pending.map((text) => ({ type: 'mrkdwn', text })) });
    pending = [];
  };
  for (const field of fields) {
    const text = `${bold(field.label)}\n${escapeMrkdwn(field.value)}`;
    if (text.length > LIMITS.sectionField) {
      flush();
      blocks.push(...sections(text));
      continue;
    }
    pending.push(text);
    if (pending.length === LIMITS.sectionFields) flush();
  }
  flush();
  return blocks;
}

function renderTable(columns: TableColumn[], rows: string[][]): SlackBlock[] {
  const widths = columns.map((c, i) => Math.max(c.header.length, ...rows.map((r) => (r[i] ?? '').length)));
  const total = widths.reduce((a, b) => a + b, 0) + 2 * Math.max(0, widths.length - 1);
  if (total <= CODE_TABLE_WIDTH) {
    const line = (cells: string[]) =>
      cells.map((cell, i) => (columns[i]?.align === 'right' ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
    const header = [line(columns.map((c) => c.header)), widths.map((w) => '─'.repeat(w)).join('  ')];
    // Each chunk repeats the header so every section reads on its own.
    const room = LIMITS.sectionText - 8 - header.join('\n').length - 1;
    return packLines(rows.map((r) => escapeMrkdwn(line(r))), room).map((body) => section(`\`\`\`${[...header.map(escapeMrkdwn), body].join('\n')}\`\`\``));
  }
  const legend = { type: 'context' as const, elements: [{ type: 'mrkdwn' as const, text: escapeMrkdwn(columns.map((c) => c.header).join(' · ')) }] };
  const lines = rows.map(([first, ...rest]) => [bold(first ?? ''), ...rest.filter((c) => c !== '').map(escapeMrkdwn)].join(' · '));
  return [legend, ...packLines(lines, LIMITS.sectionText).map(section)];
}

function renderActions(buttons: Button[], blockIndex: number): SlackBlock[] {
  const elements: SlackButton[] = buttons.map((b, i) => ({
    type: 'button',
    // action ids must be unique in a message; the suffix keeps them so, the prefix names the action.
    action_id: `${b.action}#${blockIndex}.${i}`,
    text: { type: 'plain_text', text: shorten(b.label, LIMITS.buttonText), emoji: true },
    value: b.value.slice(0, LIMITS.buttonValue),
    ...(b.style ? { style: b.style } : {}),
  }));
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < elements.length; i += LIMITS.actionsElements) blocks.push({ type: 'actions', elements: elements.slice(i, i + LIMITS.actionsElements) });
  return blocks;
}

/** The core action a button's `action_id` names (`measure.logProgress#3.0` → `measure.logProgress`). */
export function actionOf(actionId: string): string {
  return actionId.replace(/#[\d.]+$/, '');
}

/**
 * Renders a message as one or more Slack messages of at most 50 blocks each. Pages break before a
 * heading or divider where possible so a section stays together; later pages are marked `2/3`.
 */
export function paginate(msg: Message, maxBlocks: number = LIMITS.messageBlocks, images: ImageSources = {}): SlackMessagePayload[] {
  const blocks = renderBlocks(msg, images);
  const text = shorten(msg.summary, LIMITS.fallbackText);
  if (blocks.length <= maxBlocks) return [{ text, blocks }];
  const room = maxBlocks - 1; // one block for the page marker
  const pages: SlackBlock[][] = [];
  let rest = blocks;
  while (rest.length > 0) {
    if (rest.length <= room) {
      pages.push(rest);
      break;
    }
    let cut = room;
    for (let i = room; i > room / 2; i--) {
      const type = rest[i]?.type;
      if (type === 'header' || type === 'divider') {
        cut = i;
        break;
      }
    }
    pages.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return pages.map((page, i) => ({
    text: i === 0 ? text : `${text} (${i + 1}/${pages.length})`,
    blocks: [...page, { type: 'context', elements: [{ type: 'mrkdwn', text: `${i + 1}/${pages.length}` }] }],
  }));
}
