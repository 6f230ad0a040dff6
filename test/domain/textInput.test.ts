import { describe, expect, it } from 'vitest';
import { accepted, refused } from '../commands/expectations';
import { cleanText, visibleLength } from '../../src/domain/textInput';
import { checkNote } from '../../src/domain/progressRules';

describe('cleanText', () => {
  it.each([
    ['a NUL byte', 'Bericht\u0000 liegt vor', 'Bericht liegt vor'],
    ['a zero-width space', 'Be\u200Bricht', 'Bericht'],
    ['a right-to-left override', 'Rechnung \u202Efdp.exe', 'Rechnung fdp.exe'],
    ['bidi isolates and marks', '\u2066a\u2069\u200Fb', 'ab'],
    ['a byte-order mark and a soft hyphen', '\uFEFFKlima\u00ADschutz', 'Klimaschutz'],
    ['the escape of a terminal colour', 'rot\u001B[31m', 'rot[31m'],
    ['a C1 control', 'a\u0085b', 'ab'],
  ])('removes %s', (_, raw, clean) => {
    expect(cleanText(raw)).toBe(clean);
  });

  it('keeps line breaks (as \\n), turns tabs into spaces and composes to NFC', () => {
    expect(cleanText('erste\r\nzweite\rdritte\tZeile')).toBe('erste\nzweite\ndritte Zeile');
    expect(cleanText('Gefa\u0308hrdung')).toBe('Gefährdung');
  });

  it('keeps emoji built with a zero-width joiner', () => {
    expect(cleanText('👩‍💻 fertig ❤️‍🔥')).toBe('👩‍💻 fertig ❤️‍🔥');
  });

  it('refuses text that is not valid Unicode', () => {
    expect(() => cleanText('kaputt \uD800 hier')).toThrow(expect.objectContaining({ messageKey: 'parse:unreadableText' }));
  });
});

describe('note length', () => {
  it('counts what a person sees as one character', () => {
    expect(visibleLength('😀'.repeat(600))).toBe(600);
    expect(visibleLength('👩‍💻🇩🇪e\u0301')).toBe(3);
  });

  it('accepts 600 emoji and refuses 1,001 of them with their count', () => {
    expect(checkNote('😀'.repeat(600))).toBe('😀'.repeat(600));
    expect(() => checkNote('😀'.repeat(1001))).toThrow(expect.objectContaining({ messageKey: 'measures:noteTooLong', params: { length: 1001, max: 1000 } }));
    expect(accepted(`fortschritt M-12 60 ${'🌳'.repeat(1000)}`)).toMatchObject({ note: '🌳'.repeat(1000) });
  });
});

describe('commands with invisible characters', () => {
  it('reads a code with a zero-width space or a direction mark as the code', () => {
    expect(accepted('fortschritt M\u200B-12 60')).toMatchObject({ measureCode: 'M-12' });
    expect(accepted('kennzahl \u200ECO2-1\u200F 5,9 2025')).toMatchObject({ kpiCode: 'CO2-1' });
  });

  it('stores the note without the NUL byte', () => {
    expect(accepted('fortschritt M-12 60 Angebot\u0000 liegt vor')).toMatchObject({ note: 'Angebot liegt vor' });
  });

  it('refuses a line with a lone surrogate', () => {
    expect(refused('fortschritt M-12 60 \uDC00')).toMatchObject({ messageKey: 'parse:unreadableText' });
  });
});
