import { InvalidInputError } from './errors';

// Control characters (line feeds are kept) and the invisible format characters: zero-width
// space/joiners, bidirectional overrides and isolates, the byte-order mark, soft hyphen, tags.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const PICTOGRAPH_BEFORE = /\p{Extended_Pictographic}\uFE0F?$/u;
const PICTOGRAPH_AFTER = /^\p{Extended_Pictographic}/u;

const graphemes = new Intl.Segmenter('de', { granularity: 'grapheme' });

/** A zero-width joiner between two pictographs builds one emoji (👩‍💻) and stays. */
function joinsEmoji(text: string, at: number): boolean {
  return PICTOGRAPH_BEFORE.test(text.slice(Math.max(0, at - 3), at)) && PICTOGRAPH_AFTER.test(text.slice(at + 1, at + 3));
}

/**
 * Text as the bot stores it, the same on SQLite and PostgreSQL: Unicode NFC, line breaks as `\n`,
 * tabs as spaces, without control and invisible characters (PostgreSQL refuses NUL; a zero-width
 * space or a right-to-left override makes `M-12` look right and match nothing, or a note read
 * differently than it was written). Text that is not valid Unicode (a lone surrogate) is refused.
 */
export function cleanText(raw: string): string {
  if (LONE_SURROGATE.test(raw)) throw new InvalidInputError('parse:unreadableText');
  const lines = raw.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
  return lines.replace(INVISIBLE, (char, at: number) => (char === '\n' || (char === '\u200D' && joinsEmoji(lines, at)) ? char : '')).normalize('NFC');
}

/** The length as a person counts it: one emoji, or a letter with its accents, is one character. */
export function visibleLength(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count += 1;
  return count;
}
