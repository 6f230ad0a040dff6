import type { Block, Message, TableColumn, Tone } from '../../src/messages/model';
import { progressBar, sparkline } from '../../src/messages/sparkline';

/** Renders the core's message model as terminal text (ANSI styles when `color` is on). */
export function renderText(msg: Message, color = false): string {
  const style = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  return msg.blocks.map((b) => renderBlock(b, style)).join('\n');
}

type Style = (code: string, text: string) => string;

const TONE_MARK: Record<Tone, string> = { good: '✔', warning: '⚠', critical: '✖', neutral: '•' };
const TONE_COLOR: Record<Tone, string> = { good: '32', warning: '33', critical: '31', neutral: '0' };

function renderBlock(block: Block, style: Style): string {
  switch (block.type) {
    case 'heading':
      return style('1', `\n${block.text}`);
    case 'text':
      return block.tone ? style(TONE_COLOR[block.tone], `${TONE_MARK[block.tone]} ${block.text}`) : block.text;
    case 'context':
      return style('2', block.text);
    case 'fields': {
      const width = Math.max(...block.fields.map((f) => f.label.length));
      return block.fields.map((f) => `${f.label.padEnd(width)}  ${f.value}`).join('\n');
    }
    case 'list':
      return block.items.map((item) => `• ${item}`).join('\n');
    case 'progress':
      return `${block.label}  ${style(TONE_COLOR[block.tone], progressBar(block.percent))} ${block.percent} %${block.caption ? `  ${block.caption}` : ''}`;
    case 'table':
      return renderTable(block.columns, block.rows);
    case 'sparkline':
      return `${block.label}  ${sparkline(block.values)}${block.caption ? `  ${style('2', block.caption)}` : ''}`;
    case 'actions':
      return block.buttons.map((b) => style('36', `[ ${b.label} ]`)).join(' ');
    case 'form':
      return [style('1', block.form.title), ...block.form.fields.map((f) => `  ${f.label}${f.required ? ' *' : ''}${f.error ? `  ✖ ${f.error}` : ''}`)].join('\n');
    case 'image':
      return style('2', `🖼 ${block.title ? `${block.title}: ` : ''}${block.alt}`);
    case 'divider':
      return '─'.repeat(40);
  }
}

function renderTable(columns: TableColumn[], rows: string[][]): string {
  const widths = columns.map((c, i) => Math.max(c.header.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (columns[i]?.align === 'right' ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
