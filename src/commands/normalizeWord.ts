const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
const BARE_VOWEL: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u' };
// Phones turn "-" into en dashes and similar; they mean the same in codes and keywords.
const DASHES = /[\u2010-\u2015\u2212]/g;

function prepare(word: string): string {
  return word.normalize('NFC').replace(DASHES, '-');
}

/** The form keywords are compared in: lower case, `ß`→`ss`, `ä`→`ae`, `ö`→`oe`, `ü`→`ue`. */
export function normalizeWord(word: string): string {
  return prepare(word)
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => TRANSLITERATION[letter]!);
}

/** Every normalised spelling a keyword is accepted in: `gefährdet` → `gefaehrdet`, `gefahrdet`. */
export function spellingsOf(keyword: string): string[] {
  const lower = prepare(keyword).toLowerCase();
  const bare = lower.replace(/[äöü]/g, (letter) => BARE_VOWEL[letter]!);
  return [...new Set([normalizeWord(lower), normalizeWord(bare)])];
}

/** Codes (`m-12`, `co2–1`, `mob_2`) are compared in upper case with plain hyphens. */
export function normalizeCode(token: string): string {
  return prepare(token).replaceAll('_', '-').toUpperCase();
}
