import type { Locale } from '../../i18n';

const INTL: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

/** Axis labels in the reader's number format (German: `1.234,5`). */
export function numberAxisLabel(locale: Locale, suffix = ''): (value: number) => string {
  const nf = new Intl.NumberFormat(INTL[locale], { maximumFractionDigits: 2 });
  return (value) => `${nf.format(value)}${suffix}`;
}
