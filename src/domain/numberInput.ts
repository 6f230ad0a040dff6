import Decimal from 'decimal.js';
import type { MessageParams } from '../i18n';
import type { parse } from '../i18n/de/parse';
import { InvalidInputError } from './errors';

/**
 * Reads numbers as people type them: German (`1.234,5`) and plain (`1234.5`). A number that can be
 * read two ways (`1.500`, `1,500`) is refused with both readings instead of being guessed, so a
 * value is never misread by a factor of 1000. Results are exact decimal strings, never floats.
 */
export type DecimalInputResult = { ok: true; value: string } | { ok: false; error: InvalidInputError };
export type MoneyInputResult = { ok: true; cents: bigint } | { ok: false; error: InvalidInputError };

const MAX_INTEGER_DIGITS = 15;
const MAX_FRACTION_DIGITS = 10;
// SQLite keeps a decimal as a double: 15 significant digits come back exactly, more do not.
const MAX_SIGNIFICANT_DIGITS = 15;
const MONEY_FRACTION_DIGITS = 2;

interface Parts {
  negative: boolean;
  integer: string;
  fraction: string;
}

type Read = { ok: true; parts: Parts } | { ok: false; error: InvalidInputError };

const GERMAN_GROUPED_INTEGER = /^\d{1,3}(\.\d{3})+$/;
const GERMAN_GROUPED_DECIMAL = /^(\d{1,3}(?:\.\d{3})+),(\d+)$/;
const ENGLISH_GROUPED_INTEGER = /^\d{1,3}(,\d{3})+$/;
const ENGLISH_GROUPED_DECIMAL = /^(\d{1,3}(?:,\d{3})+)\.(\d+)$/;
const CURRENCY = /^(?:€|euro|eur)\s*(.*)$|^(.*?)\s*(?:€|euro|eur)$/i;

function invalid(key: keyof typeof parse, params: MessageParams = {}): { ok: false; error: InvalidInputError } {
  return { ok: false, error: new InvalidInputError(`parse:${key}`, params) };
}

function canonical(negative: boolean, integer: string, fraction: string): string {
  return new Decimal(`${negative ? '-' : ''}${integer}.${fraction || '0'}`).toFixed();
}

function germanForm(plain: string): string {
  return plain.replace('.', ',');
}

/** `1.500` and `1,500`: a one-to-three-digit group, one separator, exactly three digits. */
function ambiguous(raw: string, negative: boolean, head: string, tail: string): { ok: false; error: InvalidInputError } {
  return invalid('ambiguousNumber', {
    value: raw,
    thousands: canonical(negative, head + tail, ''),
    decimal: germanForm(canonical(negative, head, tail)),
  });
}

function splitOnce(raw: string, negative: boolean, body: string, separator: string): Read {
  const pieces = body.split(separator);
  if (pieces.length === 2) {
    const [head = '', tail = ''] = pieces;
    if (tail.length === 3 && /^[1-9]\d{0,2}$/.test(head)) return ambiguous(raw, negative, head, tail);
    return { ok: true, parts: { negative, integer: head, fraction: tail } };
  }
  if (separator === '.' && GERMAN_GROUPED_INTEGER.test(body)) {
    return { ok: true, parts: { negative, integer: body.replaceAll('.', ''), fraction: '' } };
  }
  if (separator === ',' && ENGLISH_GROUPED_INTEGER.test(body)) {
    return invalid('englishThousands', { value: raw, plain: canonical(negative, body.replaceAll(',', ''), '') });
  }
  return invalid('invalidNumber', { value: raw });
}

function read(raw: string): Read {
  const match = /^([+\-\u2212]?)(\d(?:[\d.,]*\d)?)$/.exec(raw);
  if (!match) return invalid('invalidNumber', { value: raw });
  const negative = match[1] === '-' || match[1] === '\u2212';
  const body = match[2]!;
  const hasDot = body.includes('.');
  const hasComma = body.includes(',');
  if (hasDot && hasComma) {
    const german = GERMAN_GROUPED_DECIMAL.exec(body);
    if (german) return { ok: true, parts: { negative, integer: german[1]!.replaceAll('.', ''), fraction: german[2]! } };
    const english = ENGLISH_GROUPED_DECIMAL.exec(body);
    if (english) {
      const plain = canonical(negative, english[1]!.replaceAll(',', ''), english[2]!);
      return invalid('englishNumberFormat', { value: raw, german: germanForm(plain), plain });
    }
    return invalid('invalidNumber', { value: raw });
  }
  if (hasComma) return splitOnce(raw, negative, body, ',');
  if (hasDot) return splitOnce(raw, negative, body, '.');
  return { ok: true, parts: { negative, integer: body, fraction: '' } };
}

function readWithinLimits(raw: string, maxFraction: number): Read {
  if (raw === '') return invalid('missingNumber');
  const result = read(raw);
  if (!result.ok) return result;
  const { integer, fraction } = result.parts;
  if (integer.replace(/^0+/, '').length > MAX_INTEGER_DIGITS) {
    return invalid('numberTooLarge', { value: raw, maxDigits: MAX_INTEGER_DIGITS });
  }
  if (fraction.length > maxFraction) return invalid('tooManyDecimals', { value: raw, max: maxFraction });
  return result;
}

/**
 * A decimal number, e.g. a KPI value: `"1.234,5"` → `"1234.5"`. At most 15 significant digits, what
 * both databases store exactly (PostgreSQL would keep more, SQLite rounds them).
 */
export function parseDecimalInput(text: string): DecimalInputResult {
  const result = readWithinLimits(text.trim(), MAX_FRACTION_DIGITS);
  if (!result.ok) return result;
  const { negative, integer, fraction } = result.parts;
  const value = new Decimal(canonical(negative, integer, fraction));
  if (value.precision(true) > MAX_SIGNIFICANT_DIGITS && !value.isZero()) {
    const rounded = value.toSignificantDigits(MAX_SIGNIFICANT_DIGITS).toFixed();
    return invalid('tooManyDigits', { value: text.trim(), max: MAX_SIGNIFICANT_DIGITS, rounded: germanForm(rounded) });
  }
  return { ok: true, value: value.toFixed() };
}

/** An amount of money in euros, optionally with `€`/`EUR`: `"1.234,56 €"` → `123456n` cents. */
export function parseMoneyToCents(text: string): MoneyInputResult {
  const trimmed = text.trim();
  const currency = CURRENCY.exec(trimmed);
  const amount = currency ? (currency[1] ?? currency[2] ?? '').trim() : trimmed;
  if (amount === '' && currency) return invalid('invalidAmount', { value: trimmed });
  const result = readWithinLimits(amount, MONEY_FRACTION_DIGITS);
  if (!result.ok) {
    return result.error.messageKey === 'parse:invalidNumber' ? invalid('invalidAmount', { value: trimmed }) : result;
  }
  const { negative, integer, fraction } = result.parts;
  const cents = BigInt(integer) * 100n + BigInt(fraction.padEnd(MONEY_FRACTION_DIGITS, '0'));
  return { ok: true, cents: negative ? -cents : cents };
}
