import type { Period } from './period';

const MONTHS: readonly (readonly string[])[] = [
  ['januar', 'jan', 'jaenner', 'january'],
  ['februar', 'feb', 'february'],
  ['maerz', 'marz', 'mrz', 'mar', 'march'],
  ['april', 'apr'],
  ['mai', 'may'],
  ['juni', 'jun', 'june'],
  ['juli', 'jul', 'july'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'oct', 'october'],
  ['november', 'nov'],
  ['dezember', 'dez', 'dec', 'december'],
];
const ROMAN_QUARTERS = ['i', 'ii', 'iii', 'iv'];
const ORDINAL_QUARTERS = ['1st', '2nd', '3rd', '4th'];
const YEAR_WORDS = /^(?:jahr|kalenderjahr|haushaltsjahr|geschaeftsjahr|gj|hj|fy|year|fiscal year|calendar year)$/;
const QUARTER_WORDS = /^(?:quartal|qu|quarter)$/;

/** Lower case with umlauts as `ae`/`oe`/`ue` (`März` → `maerz`). */
function simplify(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/\s+/g, ' ').trim();
}

function monthOf(word: string): number | undefined {
  const index = MONTHS.findIndex((names) => names.includes(word));
  return index < 0 ? undefined : index + 1;
}

function quarterOf(word: string): number | undefined {
  if (/^\d$/.test(word)) return Number(word);
  const roman = ROMAN_QUARTERS.indexOf(word);
  if (roman >= 0) return roman + 1;
  const ordinal = ORDINAL_QUARTERS.indexOf(word);
  return ordinal >= 0 ? ordinal + 1 : undefined;
}

/**
 * Periods written in words, German or English, unchecked: `September 2026`, `Sept. 2026`,
 * `3. Quartal 2026`, `III. Quartal 2026`, `3rd quarter 2026`, `III/2026`, `Jahr 2024`, `FY2024`.
 */
export function parsePeriodWords(text: string): Period | undefined {
  const s = simplify(text);
  let m: RegExpExecArray | null;
  if ((m = /^([a-z ]+?) ?(\d{4})$/.exec(s)) && YEAR_WORDS.test(m[1]!)) return { frequency: 'yearly', year: Number(m[2]), index: 1 };
  if ((m = /^([a-z]+)\.? ?[/-]? ?(\d{4})$/.exec(s))) {
    const month = monthOf(m[1]!);
    if (month) return { frequency: 'monthly', year: Number(m[2]), index: month };
  }
  if ((m = /^(\d|[iv]+|\d[a-z]{2})\.? ?([a-z]+)\.? (\d{4})$/.exec(s)) && QUARTER_WORDS.test(m[2]!)) {
    const quarter = quarterOf(m[1]!);
    if (quarter) return { frequency: 'quarterly', year: Number(m[3]), index: quarter };
  }
  if ((m = /^([iv]+)[/.-](\d{4})$/.exec(s))) {
    const quarter = ROMAN_QUARTERS.indexOf(m[1]!) + 1;
    if (quarter) return { frequency: 'quarterly', year: Number(m[2]), index: quarter };
  }
  return undefined;
}

/**
 * Whether two words begin a period in words (a month, `Quartal`, `Jahr`, `FY2024`, `III/2026`,
 * `3. Quartal`): text meant as a period, to be read as one or refused, never kept as a note.
 */
export function startsPeriodWords(first: string, second = ''): boolean {
  const s = simplify(first).replace(/\.$/, '');
  const next = simplify(second).replace(/\.$/, '');
  return (
    monthOf(s) !== undefined ||
    QUARTER_WORDS.test(s) ||
    YEAR_WORDS.test(s) ||
    /^(?:fy|gj)\d{2,4}$/.test(s) ||
    /^(?:[iv]+|\d)\.?(?:quartal|quarter)$/.test(s) ||
    /^[iv]+[/.-]\d{2,4}$/.test(s) ||
    (/^(?:\d|[iv]+|\d(?:st|nd|rd|th))$/.test(s) && QUARTER_WORDS.test(next))
  );
}

/** A calendar date (`31.12.2024`, `2024-12-31`, `12/31/2024`), which is not a period. */
export function readDate(token: string): { year: number; month: number } | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(token))) return { year: Number(m[3]), month: Number(m[2]) };
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(token))) return { year: Number(m[1]), month: Number(m[2]) };
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(token))) return { year: Number(m[3]), month: Number(m[1]) };
  return undefined;
}
