import i18next, { type i18n } from 'i18next';
import { de } from './de';
import { en } from './en';

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type MessageParams = Record<string, string | number>;
/** Looks up `namespace:key` in the user's catalogue and fills `{{placeholders}}`. */
export type Translate = (key: string, params?: MessageParams) => string;

export const catalogues = { de, en } as const;

let instance: i18n | undefined;

function engine(): i18n {
  if (instance) return instance;
  instance = i18next.createInstance();
  void instance.init({
    resources: catalogues,
    lng: 'de',
    fallbackLng: 'de',
    ns: Object.keys(de),
    defaultNS: 'common',
    initAsync: false,
    // Values are formatted (German numbers, money, dates) before they are passed in; chat text is not HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function translator(locale: Locale): Translate {
  const t = engine().getFixedT(locale);
  return (key, params) => {
    const text = t(key, params ?? {});
    if (text === key || text === key.split(':').pop()) throw new Error(`Missing message "${key}" in catalogue "${locale}"`);
    return text;
  };
}

/** The language of a platform's locale tag (`en-US`, `de_DE`, `en`); undefined for one the bot does not speak. */
export function localeOfTag(tag: string | undefined): Locale | undefined {
  const language = tag?.slice(0, 2).toLowerCase();
  return isLocale(language) ? language : undefined;
}
