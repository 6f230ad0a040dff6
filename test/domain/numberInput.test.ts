import { describe, expect, it } from 'vitest';
import { parseDecimalInput, parseMoneyToCents } from '../../src/domain/numberInput';
import { expectInvalid } from '../commands/expectations';

function decimal(text: string): string {
  const result = parseDecimalInput(text);
  if (!result.ok) throw new Error(`"${text}" was refused: ${result.error.message}`);
  return result.value;
}

function decimalError(text: string) {
  const result = parseDecimalInput(text);
  if (result.ok) throw new Error(`"${text}" was accepted as ${result.value}`);
  return result.error;
}

function cents(text: string): bigint {
  const result = parseMoneyToCents(text);
  if (!result.ok) throw new Error(`"${text}" was refused: ${result.error.message}`);
  return result.cents;
}

function moneyError(text: string) {
  const result = parseMoneyToCents(text);
  if (result.ok) throw new Error(`"${text}" was accepted as ${result.cents}`);
  return result.error;
}

/** A small deterministic generator, so failures can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function digits(next: () => number, count: number): string {
  return Array.from({ length: count }, () => String(Math.floor(next() * 10))).join('');
}

function groupThousands(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+$)/g, '.');
}

describe('parseDecimalInput', () => {
  it.each([
    ['412,5', '412.5'],
    ['412.5', '412.5'],
    ['1.234,5', '1234.5'],
    ['1.234.567', '1234567'],
    ['1.234.567,89', '1234567.89'],
    ['-3', '-3'],
    ['+5', '5'],
    ['\u22123,5', '-3.5'],
    ['0,25', '0.25'],
    ['1,5', '1.5'],
    ['1,50', '1.5'],
    ['1.5', '1.5'],
    ['1.50', '1.5'],
    ['0,500', '0.5'],
    ['0.500', '0.5'],
    ['1234.567', '1234.567'],
    ['12345,678', '12345.678'],
    ['1,5000', '1.5'],
    ['007', '7'],
    ['-0', '0'],
    ['  42  ', '42'],
    ['999999999999999', '999999999999999'],
    ['0,1234567891', '0.1234567891'],
  ])('reads %s as %s', (text, value) => {
    expect(decimal(text)).toBe(value);
  });

  it.each([
    ['1.500', '1500', '1,5'],
    ['1,500', '1500', '1,5'],
    ['-12.345', '-12345', '-12,345'],
    ['2.000', '2000', '2'],
    ['999,999', '999999', '999,999'],
  ])('refuses %s as ambiguous, naming both readings', (text, thousands, decimalReading) => {
    expectInvalid(decimalError(text), 'ambiguousNumber', { value: text, thousands, decimal: decimalReading }, {
      de: ['nicht eindeutig', thousands, decimalReading],
      en: ['ambiguous', thousands, decimalReading],
    });
  });

  it('refuses English thousands with a decimal point, suggesting both unambiguous spellings', () => {
    expectInvalid(decimalError('1,234.5'), 'englishNumberFormat', { value: '1,234.5', german: '1234,5', plain: '1234.5' }, {
      de: ['1234,5', '1234.5', 'Tausendertrennzeichen'],
      en: ['1234,5', '1234.5', 'thousands separators'],
    });
  });

  it('refuses English thousands in a whole number', () => {
    expectInvalid(decimalError('-1,234,567'), 'englishThousands', { value: '-1,234,567', plain: '-1234567' }, {
      de: ['-1234567'],
      en: ['-1234567'],
    });
  });

  it.each(['abc', '1,2,3', '1.2.3', '1..5', '.5', '5,', ',5', '1.23,4', '1.2345,6', '1 000', '12a', '--3', '1e5', '€5', '1,234.5.6'])(
    'refuses %s as not a number',
    (text) => {
      expectInvalid(decimalError(text), 'invalidNumber', { value: text }, { de: [`„${text}“`, 'keine gültige Zahl'], en: ['not a valid number'] });
    },
  );

  it('asks for a number when the input is empty', () => {
    expectInvalid(decimalError('   '), 'missingNumber', {}, { de: ['Zahl'], en: ['number'] });
  });

  it('refuses more than 15 digits before the decimal separator, not counting leading zeros', () => {
    expect(decimal('000123456789012345')).toBe('123456789012345');
    expectInvalid(decimalError('1234567890123456'), 'numberTooLarge', { value: '1234567890123456', maxDigits: 15 }, { de: ['15'], en: ['15'] });
  });

  it('refuses more than 10 decimal places', () => {
    expectInvalid(decimalError('0,12345678901'), 'tooManyDecimals', { value: '0,12345678901', max: 10 }, { de: ['10'], en: ['10'] });
  });

  it('returns exact decimals where binary floating point would not', () => {
    expect(decimal('0,1')).toBe('0.1');
    expect(decimal('12345678901,2345')).toBe('12345678901.2345');
  });

  // Issue 10, item 8: SQLite returned `123456789012345,1234567891` as `…,12`; only what both databases keep is accepted.
  it('refuses more than 15 significant digits, naming the rounded value', () => {
    expectInvalid(decimalError('123456789012345,1234567891'), 'tooManyDigits', { value: '123456789012345,1234567891', max: 15, rounded: '123456789012345' }, {
      de: ['15 gültige Stellen', '123456789012345'],
      en: ['15 significant digits'],
    });
    expectInvalid(decimalError('12345678,12345678'), 'tooManyDigits', { value: '12345678,12345678', max: 15, rounded: '12345678,1234568' });
    expect(decimal('0,0000012345')).toBe('0.0000012345');
    expect(decimal('100000000000000')).toBe('100000000000000');
  });

  // Property: a number written in German or plain format is read as exactly that number, or refused
  // as ambiguous with that number among the two readings; it is never silently misread.
  it('round-trips generated German- and plain-formatted numbers or refuses them with the right reading', () => {
    const next = random(20300);
    let ambiguous = 0;
    for (let i = 0; i < 3000; i++) {
      const integer = String(BigInt(digits(next, 1 + Math.floor(next() * 10))));
      const fraction = digits(next, Math.floor(next() * 6)).replace(/0+$/, '');
      const negative = next() < 0.2 && (integer !== '0' || fraction !== '');
      const sign = negative ? '-' : '';
      const expected = `${sign}${integer}${fraction ? `.${fraction}` : ''}`;
      const spellings = [
        `${sign}${groupThousands(integer)}${fraction ? `,${fraction}` : ''}`,
        `${sign}${integer}${fraction ? `,${fraction}` : ''}`,
        expected,
      ];
      for (const text of spellings) {
        const result = parseDecimalInput(text);
        if (result.ok) {
          expect(result.value, text).toBe(expected);
        } else {
          ambiguous += 1;
          expect(result.error.messageKey, text).toBe('parse:ambiguousNumber');
          const readings = [result.error.params.thousands, String(result.error.params.decimal).replace(',', '.')];
          expect(readings, text).toContain(expected);
        }
      }
    }
    expect(ambiguous).toBeGreaterThan(0);
  });
});

describe('parseMoneyToCents', () => {
  it.each([
    ['1.234,56 €', 123456n],
    ['1.234,56€', 123456n],
    ['€1234.56', 123456n],
    ['€ 1234,5', 123450n],
    ['EUR 15', 1500n],
    ['15 eur', 1500n],
    ['15 Euro', 1500n],
    ['0,5', 50n],
    ['1.5 EUR', 150n],
    ['-3 €', -300n],
    ['15.000,00 €', 1500000n],
    ['1.234.567 €', 123456700n],
  ])('reads %s as %s cents', (text, value) => {
    expect(cents(text)).toBe(value);
  });

  it.each([
    ['1.500 €', '1.500', '1500', '1,5'],
    ['1,234 EUR', '1,234', '1234', '1,234'],
  ])('refuses the ambiguous amount %s', (text, value, thousands, decimalReading) => {
    expectInvalid(moneyError(text), 'ambiguousNumber', { value, thousands, decimal: decimalReading }, {
      de: [thousands, decimalReading],
      en: [thousands, decimalReading],
    });
  });

  it('refuses more than two decimal places', () => {
    expectInvalid(moneyError('1,2345 €'), 'tooManyDecimals', { value: '1,2345', max: 2 }, { de: ['höchstens 2'], en: ['at most 2'] });
  });

  it('refuses English formatting with a hint', () => {
    expectInvalid(moneyError('1,234.50 €'), 'englishNumberFormat', { value: '1,234.50', german: '1234,5', plain: '1234.5' });
  });

  it.each(['abc €', '€', 'zwölf Euro', '12 Dollar'])('refuses %s as not an amount', (text) => {
    expectInvalid(moneyError(text), 'invalidAmount', { value: text }, { de: ['kein gültiger Betrag', '€'], en: ['not a valid amount'] });
  });

  it('asks for an amount when the input is empty', () => {
    expectInvalid(moneyError(''), 'missingNumber', {});
  });

  it('round-trips generated amounts in German format', () => {
    const next = random(15000);
    for (let i = 0; i < 2000; i++) {
      const value = BigInt(digits(next, 1 + Math.floor(next() * 13)));
      const euros = String(value / 100n);
      const rest = String(value % 100n).padStart(2, '0');
      expect(cents(`${groupThousands(euros)},${rest} €`)).toBe(value);
      expect(cents(`${euros}.${rest}`)).toBe(value);
    }
  });
});
