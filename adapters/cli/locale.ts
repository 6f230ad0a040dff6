import { translator, type Locale, type Translate } from '../../src/i18n';

/** The operator's language: English when the shell's locale says so, German otherwise. */
export function cliLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return lang.toLowerCase().startsWith('en') ? 'en' : 'de';
}

export const cliT: Translate = translator(cliLocale());
