import { describe, expect, it } from 'vitest';
import { CARD_BUDGET_BYTES, renderCards } from '../../adapters/teams/cardRenderer';
import { messageActivities } from '../../adapters/teams/outgoing';
import { commandText } from '../../adapters/teams/commandText';
import { message } from '../../src/messages/model';

describe('Adaptive Card renderer', () => {
  it('renders every block of the message model', () => {
    const [card] = renderCards(
      message('Bericht', [
        { type: 'heading', text: 'Bericht' },
        { type: 'text', text: 'Kritisch', tone: 'critical' },
        { type: 'context', text: 'Stand 30.09.2026' },
        { type: 'fields', fields: [{ label: 'Budget', value: '12.345,67 €' }] },
        { type: 'list', items: ['eins', 'zwei'] },
        { type: 'divider' },
        { type: 'progress', label: 'M-1', percent: 40, tone: 'warning', caption: 'gefährdet' },
        { type: 'table', columns: [{ header: 'Zeile' }, { header: 'Betrag', align: 'right' }], rows: [['A', '1.000,00 €']] },
        { type: 'sparkline', label: 'CO₂', values: [8, 7, 6.5] },
        { type: 'actions', buttons: [{ action: 'measure.logProgress', label: 'Fortschritt', value: 'M-1', style: 'primary' }] },
      ]),
    );
    const types = card!.body.map((e) => e.type);
    expect(types).toEqual(['TextBlock', 'TextBlock', 'TextBlock', 'FactSet', 'TextBlock', 'ColumnSet', 'TextBlock', 'Table', 'TextBlock', 'ActionSet']);
    expect(card!.body[1]).toMatchObject({ color: 'Attention' });
    expect(card!.body[5]).toMatchObject({ separator: true });
    expect(JSON.stringify(card!.body[7])).toContain('"horizontalAlignment":"Right"');
    expect(card!.version).toBe('1.5');
  });

  it('splits long content into cards that each stay under Teams’ ~28 KB', () => {
    const rows = Array.from({ length: 1500 }, (_, i) => [`12.01.${String(i).padStart(2, '0')} Produkt ${i}`, `${i}.000,00 €`]);
    const msg = message('Haushalt', [{ type: 'heading', text: 'Haushalt' }, { type: 'table', columns: [{ header: 'Produkt' }, { header: 'Ansatz', align: 'right' }], rows }]);
    const activities = messageActivities(msg, 'de');
    expect(activities.length).toBeGreaterThan(3);
    for (const activity of activities) expect(Buffer.byteLength(JSON.stringify(activity))).toBeLessThan(28_000);
    const texts = JSON.stringify(activities);
    expect(texts).toContain('Fortsetzung (2/');
    for (const i of [0, 749, 1499]) expect(texts).toContain(`Produkt ${i}"`);
    const cards = renderCards(message('l', [{ type: 'list', items: Array.from({ length: 3000 }, (_, i) => `Eintrag ${i}`) }]));
    for (const c of cards) expect(Buffer.byteLength(JSON.stringify(c))).toBeLessThanOrEqual(CARD_BUDGET_BYTES + 500);
  });
});

describe('Teams message text', () => {
  it('strips mentions and Teams’ HTML leftovers', () => {
    expect(commandText({ text: '<at>Verwaltung 2.030</at> fortschritt M-1&nbsp;60\n' })).toBe('fortschritt M-1 60');
    expect(commandText({ text: '<p>meine</p>' })).toBe('meine');
  });
});
