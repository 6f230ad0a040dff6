import { distance } from 'fastest-levenshtein';
import type { Locale } from '../i18n';
import { normalizeWord, spellingsOf } from './normalizeWord';

export interface Keyword<T> {
  value: T;
  /** The word as shown to users, e.g. in a "did you mean" hint. */
  display: string;
  /** The language the word belongs to; hints after it are given in that language. */
  locale: Locale;
}

/**
 * Keywords (command words, statuses) looked up in every accepted spelling. `key` maps a
 * normalised spelling to the form compared, so tables can ignore more than case and umlauts.
 */
export class KeywordTable<T> {
  private readonly byKey = new Map<string, Keyword<T>>();

  constructor(
    keywords: readonly Keyword<T>[],
    private readonly key: (word: string) => string = (word) => word,
  ) {
    for (const keyword of keywords) {
      for (const spelling of spellingsOf(keyword.display)) {
        const key = this.key(spelling);
        const existing = this.byKey.get(key);
        if (existing && existing.value !== keyword.value) {
          throw new Error(`Keyword "${keyword.display}" collides with "${existing.display}"`);
        }
        if (!existing) this.byKey.set(key, keyword);
      }
    }
  }

  find(word: string): Keyword<T> | undefined {
    return this.byKey.get(this.inputKey(word));
  }

  /** The keyword nearest to a mistyped word, if it is close enough to be a typo of it. */
  closest(word: string): Keyword<T> | undefined {
    const typed = this.inputKey(word);
    let best: { keyword: Keyword<T>; distance: number } | undefined;
    for (const [key, keyword] of this.byKey) {
      const d = distance(typed, key);
      if (!best || d < best.distance) best = { keyword, distance: d };
    }
    const tolerance = typed.length <= 4 ? 1 : 2;
    return best && best.distance <= tolerance ? best.keyword : undefined;
  }

  private inputKey(word: string): string {
    return this.key(normalizeWord(word));
  }
}
