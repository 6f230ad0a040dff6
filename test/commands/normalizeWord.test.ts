import { describe, expect, it } from 'vitest';
import { ArgumentCursor } from '../../src/commands/argumentCursor';
import { normalizeCode, normalizeWord, spellingsOf } from '../../src/commands/normalizeWord';
import { tokenize } from '../../src/commands/tokenize';

describe('normalizeWord', () => {
  it.each([
    ['Maßnahme', 'massnahme'],
    ['GEFÄHRDET', 'gefaehrdet'],
    ['verzögert', 'verzoegert'],
    ['Übersicht', 'uebersicht'],
    ['a\u0308nderung', 'aenderung'],
    ['im\u2013plan', 'im-plan'],
  ])('%s → %s', (word, normalised) => {
    expect(normalizeWord(word)).toBe(normalised);
  });

  it('accepts the transliterated and the bare-vowel spelling of umlauts', () => {
    expect(spellingsOf('gefährdet')).toEqual(['gefaehrdet', 'gefahrdet']);
    expect(spellingsOf('Maßnahme')).toEqual(['massnahme']);
  });

  it('upper-cases codes and turns typographic dashes and underscores into hyphens', () => {
    expect(normalizeCode('co2\u20131')).toBe('CO2-1');
    expect(normalizeCode('mob_2')).toBe('MOB-2');
  });
});

describe('tokenize and ArgumentCursor', () => {
  it('splits at any white space, including no-break spaces', () => {
    expect(tokenize(' fortschritt\u00a0M-12\t60 ').map((token) => token.text)).toEqual(['fortschritt', 'M-12', '60']);
  });

  it('gives the rest of the line as typed, trimmed', () => {
    const line = 'fortschritt M-12 60   Ausschreibung  „Radweg“ veröffentlicht  ';
    const args = new ArgumentCursor(line, tokenize(line).slice(1));
    expect([args.next(), args.peek(), args.peek(1)]).toEqual(['M-12', '60', 'Ausschreibung']);
    args.next();
    expect(args.rest()).toBe('Ausschreibung  „Radweg“ veröffentlicht');
    expect(args.done).toBe(true);
    expect(args.rest()).toBe('');
    expect(args.next()).toBeUndefined();
  });
});
