import type { MeasureStatus } from '../../domain/measureStatus';
import { LOCALES, type Locale } from '../../i18n';
import type { ArgumentCursor } from '../argumentCursor';
import { invalidInput } from '../invalidInput';
import { KeywordTable } from '../keywordTable';

/** Status words per language; the first of each is the one shown. */
export const STATUS_WORDS: Record<MeasureStatus, Record<Locale, readonly string[]>> = {
  on_track: { de: ['im-plan', 'planmäßig'], en: ['on-track'] },
  at_risk: { de: ['gefährdet'], en: ['at-risk'] },
  delayed: { de: ['verzögert', 'verspätet'], en: ['delayed', 'late'] },
  done: { de: ['abgeschlossen', 'erledigt', 'fertig'], en: ['done', 'completed', 'finished'] },
};

const entries = Object.entries(STATUS_WORDS) as [MeasureStatus, Record<Locale, readonly string[]>][];

// `im-plan`, `im_plan` and `implan` are one word.
const statusWords = new KeywordTable(
  entries.flatMap(([value, words]) => LOCALES.flatMap((locale) => words[locale].map((display) => ({ value, display, locale })))),
  (word) => word.replace(/[-_]/g, ''),
);

export function statusList(locale: Locale): string {
  return entries.map(([, words]) => words[locale][0]).join(', ');
}

/**
 * An optional status, in one word or two as the bot prints it (`im Plan`, `on track`). A word that
 * is not a status starts the note, unless it is so close to a status that it is most likely a typo
 * of one: then it is refused rather than saved as a note.
 */
export function readOptionalStatus(args: ArgumentCursor, locale: Locale): MeasureStatus | undefined {
  const token = args.peek();
  if (token === undefined) return undefined;
  const second = args.peek(1);
  const twoWords = second === undefined ? undefined : statusWords.find(`${token}-${second}`);
  if (twoWords) {
    args.next();
    args.next();
    return twoWords.value;
  }
  const status = statusWords.find(token);
  if (status) {
    args.next();
    return status.value;
  }
  const typo = statusWords.closest(token);
  if (typo) throw invalidInput('unknownStatus', { value: token, suggestion: typo.display, allowed: statusList(locale) });
  return undefined;
}
