import { translator, type Locale } from '../i18n';

/** Something with a German name and, where the municipality gave one, an English name (action fields, KPIs). */
export interface Named {
  name: string;
  nameEn?: string | null;
}

/** The name a reader of `locale` sees: the English name for English readers where one is set, else the German one. */
export function localizedName(thing: Named, locale: Locale): string {
  return locale === 'en' && thing.nameEn ? thing.nameEn : thing.name;
}

/** The columns a query selects so that `localizedName` can choose. */
export const NAME_COLUMNS = { name: true, nameEn: true } as const;

/**
 * A joint budget's name for the reader: the name the import or the demo gives (`Gemeinsames Budget
 * Mobilität 2026`) is said in the reader's language with the field's localized name; a name the
 * municipality chose itself is kept as it is.
 */
export function localizedBudgetName(budget: { name: string; year: number; field: Named }, locale: Locale): string {
  const standard = translator('de')('import:jointBudgetName', { field: budget.field.name, year: budget.year });
  if (budget.name !== standard) return budget.name;
  return translator(locale)('import:jointBudgetName', { field: localizedName(budget.field, locale), year: budget.year });
}

/** `KLI Klima und Energie`, `KLI Climate and energy`: code and localized name, as lists and headings show them. */
export function codeAndName(thing: Named & { code: string }, locale: Locale): string {
  return `${thing.code} ${localizedName(thing, locale)}`;
}
