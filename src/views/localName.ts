import type { Locale } from '../i18n';

/** A KPI's or action field's name in the reader's language: the English one where the data has it, else the German one. */
export function localName(row: { name: string; nameEn?: string | null }, locale: Locale): string {
  return locale === 'en' && row.nameEn ? row.nameEn : row.name;
}
