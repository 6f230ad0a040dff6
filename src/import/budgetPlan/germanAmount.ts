/**
 * A German amount such as `-22.000,00`, `1.528,63`, `0,5` or `1234,00` as exact cents.
 * Thousands separators must sit every three digits, and a decimal comma is required, so a value
 * like `1.500` (which could mean 1,500 or 1.5) is refused rather than misread.
 */
const GERMAN_AMOUNT = /^([-+])?(\d{1,3}(?:\.\d{3})+|\d+),(\d{1,2})$/;

export function parseGermanAmount(text: string): bigint | undefined {
  const m = GERMAN_AMOUNT.exec(text.trim());
  if (!m) return undefined;
  const [, sign, whole = '', fraction = ''] = m;
  const cents = BigInt(whole.replaceAll('.', '')) * 100n + BigInt(fraction.padEnd(2, '0'));
  return sign === '-' ? -cents : cents;
}
