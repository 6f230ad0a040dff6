import { describe, expect, it } from 'vitest';
import { paginate, renderBlocks } from '../../adapters/slack/renderBlocks';
import { formModal } from '../../adapters/slack/renderModal';
import { splitText } from '../../adapters/slack/limits';
import { message, type Block } from '../../src/messages/model';

const words = (n: number, prefix = 'Wort') => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');
type AnyBlock = { type: string; text?: { text: string }; fields?: { text: string }[]; elements?: unknown[] };

describe('Block Kit renderer within Slack limits', () => {
  it('splits a long text into sections of at most 3,000 characters, between words, losing nothing', () => {
    const long = words(1200); // ~8,000 characters
    const blocks = renderBlocks(message('lang', [{ type: 'text', text: long }])) as AnyBlock[];
    expect(blocks.length).toBeGreaterThan(2);
    for (const b of blocks) expect(b.text!.text.length).toBeLessThanOrEqual(3000);
    expect(blocks.map((b) => b.text!.text).join(' ')).toBe(long);
  });

  it('keeps headers to 150 characters by turning longer ones into a bold section', () => {
    const [short] = renderBlocks(message('h', [{ type: 'heading', text: 'Kurz' }])) as AnyBlock[];
    expect(short).toMatchObject({ type: 'header', text: { text: 'Kurz' } });
    const long = renderBlocks(message('h', [{ type: 'heading', text: words(40) }])) as AnyBlock[];
    expect(long[0]!.type).toBe('section');
    expect(long[0]!.text!.text).toBe(`*${words(40)}*`);
  });

  it('escapes &, < and > so user text cannot ping channels or make links', () => {
    const [b] = renderBlocks(message('x', [{ type: 'text', text: '<!channel> & <https://x|y>' }])) as AnyBlock[];
    expect(b!.text!.text).toBe('&lt;!channel&gt; &amp; &lt;https://x|y&gt;');
  });

  it('puts at most ten fields in a section', () => {
    const fields = Array.from({ length: 23 }, (_, i) => ({ label: `L${i}`, value: `V${i}` }));
    const blocks = renderBlocks(message('f', [{ type: 'fields', fields }])) as AnyBlock[];
    expect(blocks.map((b) => b.fields!.length)).toEqual([10, 10, 3]);
  });

  it('renders progress, sparkline and lists as text Slack shows everywhere', () => {
    const blocks = renderBlocks(
      message('p', [
        { type: 'progress', label: 'M-1', percent: 60, tone: 'warning' },
        { type: 'sparkline', label: 'CO2-1', values: [8, 7.5, 7, 6.4] },
        { type: 'list', items: ['eins', 'zwei'] },
      ]),
    ) as AnyBlock[];
    expect(blocks[0]!.text!.text).toContain('██████░░░░');
    expect(blocks[0]!.text!.text).toContain('60 %');
    expect(blocks[1]!.text!.text).toMatch(/[▁▂▃▄▅▆▇█]{4}/);
    expect(blocks[2]!.text!.text).toBe('• eins\n• zwei');
  });

  it('renders a wide table one row per line, every row kept, each section within 3,000 characters', () => {
    const rows = Array.from({ length: 300 }, (_, i) => [`M-${i}`, `Maßnahme mit einem ziemlich langen Titel Nummer ${i}`, 'im Plan', `${i % 100} %`, '01.03.2026']);
    const blocks = renderBlocks(message('t', [{ type: 'table', columns: [{ header: 'Kürzel' }, { header: 'Titel' }, { header: 'Status' }, { header: '%', align: 'right' }, { header: 'Stand' }], rows }])) as AnyBlock[];
    const text = blocks.map((b) => b.text?.text ?? '').join('\n');
    for (const b of blocks) if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
    for (let i = 0; i < 300; i++) expect(text).toContain(`*M-${i}*`);
  });

  it('pages a message of more than 50 blocks, each page within the limit, in order, marked 1/n', () => {
    const blocks: Block[] = Array.from({ length: 130 }, (_, i) => ({ type: 'text', text: `Absatz ${i}` }));
    const pages = paginate(message('viel', blocks));
    expect(pages.length).toBe(3);
    for (const page of pages) expect(page.blocks.length).toBeLessThanOrEqual(50);
    const texts = pages.flatMap((p) => (p.blocks as AnyBlock[]).filter((b) => b.type === 'section').map((b) => b.text!.text));
    expect(texts).toEqual(blocks.map((b) => `Absatz ${(b as { text: string }).text.split(' ')[1]}`));
    expect(JSON.stringify(pages[2]!.blocks.at(-1))).toContain('3/3');
  });

  it('splits text by paragraphs, then lines, then words', () => {
    expect(splitText('aaa bbb\n\nccc', 8)).toEqual(['aaa bbb', 'ccc']);
    expect(splitText('aaa bbb ccc', 8)).toEqual(['aaa bbb', 'ccc']);
  });

  it('renders a form as a modal: block ids are field ids, select choices limited to 100', () => {
    const options = Array.from({ length: 150 }, (_, i) => ({ value: `M-${i}`, label: `M-${i} ${words(20)}` }));
    const view = formModal(
      { id: 'measure.logProgress', title: 'Fortschritt melden für eine sehr lange Maßnahme', submitLabel: 'Speichern', fields: [{ id: 'measure', label: 'Maßnahme', kind: 'select', required: true, options, initial: 'M-120' }] },
      {},
      'Bitte wählen',
    );
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    const block = view.blocks[0] as { block_id: string; element: { option_groups: { options: { text: { text: string } }[] }[]; initial_option: { value: string } } };
    expect(block.block_id).toBe('measure');
    expect(block.element.option_groups.map((g) => g.options.length)).toEqual([100, 50]);
    expect(block.element.initial_option.value).toBe('M-120');
    for (const g of block.element.option_groups) for (const o of g.options) expect(o.text.text.length).toBeLessThanOrEqual(75);
  });
});
