import { DateTime } from 'luxon';
import type { Locale } from '../i18n';

const INTL_LOCALE: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

/**
 * Formats an exact decimal (a string such as "1234.5", or anything with an exact toString) without
 * going through binary floating point: Intl formats decimal strings exactly.
 */
export function formatDecimal(value: { toString(): string } | string, locale: Locale, maxDecimals = 2): string {
  const nf = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: maxDecimals });
  return nf.format(String(value) as unknown as number);
}

export function formatMoney(cents: bigint, locale: Locale): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const text = `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
  const nf = new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency: 'EUR' });
  return nf.format(text as unknown as number);
}

export function formatPercent(percent: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

export function formatDate(date: Date, locale: Locale, zone: string): string {
  return DateTime.fromJSDate(date, { zone }).toFormat(locale === 'de' ? 'dd.MM.yyyy' : 'dd/MM/yyyy');
}

export function formatDateTime(date: Date, locale: Locale, zone: string): string {
  return DateTime.fromJSDate(date, { zone }).toFormat(locale === 'de' ? 'dd.MM.yyyy, HH:mm' : 'dd/MM/yyyy, HH:mm');
}

/** Whole days between two instants, counted in the tenant's calendar. */
export function daysBetween(from: Date, to: Date, zone: string): number {
  const a = DateTime.fromJSDate(from, { zone }).startOf('day');
  const b = DateTime.fromJSDate(to, { zone }).startOf('day');
  return Math.round(b.diff(a, 'days').days);
}
