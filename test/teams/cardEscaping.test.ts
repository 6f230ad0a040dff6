import { describe, expect, it } from 'vitest';
import { escapeCardMarkdown } from '../../adapters/teams/cardMarkdown';
import { renderCards } from '../../adapters/teams/cardRenderer';
import { message } from '../../src/messages/model';

const NOTE = 'Details [hier klicken](https://evil.example/login) **dringend** _bitte_ `code` ~weg~';
const ESCAPED = 'Details \\[hier klicken\\](https://evil.example/login) \\*\\*dringend\\*\\* \\_bitte\\_ \\`code\\` \\~weg\\~';

// Issue 10, item 15: a user's note must not render as a link with misleading text in Teams.
describe('Teams cards escape user text', () => {
  it('escapes links, emphasis and code in notes', () => {
    expect(escapeCardMarkdown(NOTE)).toBe(ESCAPED);
    expect(escapeCardMarkdown('a\\b')).toBe('a\\\\b');
  });

  it('keeps a line that starts like a list, heading or quote as text', () => {
    expect(escapeCardMarkdown('1. Bauabschnitt\n- Punkt\n# Titel\n> Zitat\n1.234,5 t')).toBe('1\\. Bauabschnitt\n\\- Punkt\n\\# Titel\n\\> Zitat\n1.234,5 t');
  });

  it('escapes text, context, fields, lists and tables of a rendered card, but keeps its own list markers', () => {
    const [card] = renderCards(
      message('Notiz', [
        { type: 'text', text: `Notiz: ${NOTE}` },
        { type: 'context', text: NOTE },
        { type: 'fields', fields: [{ label: 'Notiz', value: NOTE }] },
        { type: 'list', items: [NOTE] },
        { type: 'table', columns: [{ header: 'Notiz' }], rows: [[NOTE]] },
      ]),
    );
    const json = JSON.stringify(card);
    expect(json).not.toContain('[hier klicken](');
    expect(json).not.toMatch(/[^\\]\*\*dringend/);
    expect(card!.body[3]).toMatchObject({ type: 'TextBlock', text: `- ${ESCAPED}` });
    expect(card!.body[0]).toMatchObject({ text: `Notiz: ${ESCAPED}` });
  });
});
