import { LOCALES, type Locale } from '../../i18n';
import { invalidInput } from '../invalidInput';
import { normalizeWord } from '../normalizeWord';
import type { CommandSpec } from '../types';

/** How people name the languages, in either language; `de`/`en` as in the usage line. */
const LANGUAGE_WORDS: Record<Locale, readonly string[]> = {
  de: ['de', 'deutsch', 'german'],
  en: ['en', 'englisch', 'english'],
};

/** `sprache en` / `language de`: the person's own language, stored; it wins over the platform's and the municipality's. */
export const setLanguageCommand: CommandSpec<'setLanguage'> = {
  name: 'setLanguage',
  words: { de: ['sprache'], en: ['language'] },
  usage: { de: 'sprache de|en', en: 'language en|de' },
  examples: { de: ['sprache en', 'sprache de'], en: ['language en', 'language de'] },
  descriptionKey: 'help:describeSetLanguage',
  changesData: true,
  parse(args, context) {
    const token = args.next();
    if (token === undefined) throw context.withUsage('missingLanguage');
    const word = normalizeWord(token);
    const locale = LOCALES.find((l) => LANGUAGE_WORDS[l].includes(word));
    if (!locale) throw invalidInput('unknownLanguage', { value: token, allowed: LOCALES.join(', ') });
    return { name: 'setLanguage', locale };
  },
};
