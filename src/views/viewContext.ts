import type { Locale, Translate } from '../i18n';

/** What a view needs to speak the user's language and the tenant's calendar. */
export interface ViewContext {
  t: Translate;
  locale: Locale;
  zone: string;
  now: Date;
}
