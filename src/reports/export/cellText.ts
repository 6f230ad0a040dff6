import { DateTime } from 'luxon';
import { formatMoney, formatPercent } from '../../format';
import type { Locale } from '../../i18n';
import type { Cell } from './reportDocument';

/** A cell as the reader writes it: `1.234,5`, `12.345,67 €`, `75 %`, `30.09.2026` (German), `–` when empty. */
export function cellText(locale: Locale, zone: string): (cell: Cell) => string {
  const nf = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 3 });
  return (cell) => {
    if (cell === null) return '–';
    if (typeof cell === 'string') return cell;
    if (typeof cell === 'number') return nf.format(cell);
    if (cell instanceof Date) return DateTime.fromJSDate(cell, { zone }).toFormat(locale === 'de' ? 'dd.MM.yyyy' : 'dd/MM/yyyy');
    return 'cents' in cell ? formatMoney(cell.cents, locale) : formatPercent(cell.percent, locale);
  };
}
