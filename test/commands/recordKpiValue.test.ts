import { describe, expect, it } from 'vitest';
import { accepted, expectInvalid, refused } from './expectations';

const GERMAN_USAGE = 'kennzahl <Kürzel> [<Wert> [Zeitraum] [Notiz …]]';
const GERMAN_EXAMPLE = 'kennzahl CO2-1 5,9 2025';
const ENGLISH_USAGE = 'kpi <code> [<value> [period] [note …]]';
const ENGLISH_EXAMPLE = 'kpi CO2-1 5.9 2025';

describe('recordKpiValue', () => {
  it('reads code, value, period and note', () => {
    expect(accepted('kennzahl MOB-1 18,4 2026-Q3 Zählung an 12 Stellen')).toEqual({
      name: 'recordKpiValue',
      kpiCode: 'MOB-1',
      value: '18.4',
      period: { frequency: 'quarterly', year: 2026, index: 3 },
      note: 'Zählung an 12 Stellen',
    });
  });

  it('leaves the period to the use case when none is given', () => {
    expect(accepted('kpi CO2-1 412.5')).toEqual({ name: 'recordKpiValue', kpiCode: 'CO2-1', value: '412.5' });
  });

  it.each([
    ['2026', { frequency: 'yearly', year: 2026, index: 1 }],
    ['2026-Q3', { frequency: 'quarterly', year: 2026, index: 3 }],
    ['2026-q3', { frequency: 'quarterly', year: 2026, index: 3 }],
    ['2026Q3', { frequency: 'quarterly', year: 2026, index: 3 }],
    ['Q3/2026', { frequency: 'quarterly', year: 2026, index: 3 }],
    ['q3-2026', { frequency: 'quarterly', year: 2026, index: 3 }],
    ['Q3 2026', { frequency: 'quarterly', year: 2026, index: 3 }],
    ['2026 Q4', { frequency: 'quarterly', year: 2026, index: 4 }],
    ['2026-09', { frequency: 'monthly', year: 2026, index: 9 }],
    ['09/2026', { frequency: 'monthly', year: 2026, index: 9 }],
    ['9/2026', { frequency: 'monthly', year: 2026, index: 9 }],
    ['09.2026', { frequency: 'monthly', year: 2026, index: 9 }],
  ])('reads the period %s', (text, period) => {
    expect(accepted(`kennzahl CO2-1 5 ${text} Notiz`)).toEqual({ name: 'recordKpiValue', kpiCode: 'CO2-1', value: '5', period, note: 'Notiz' });
  });

  it('takes a word after the value that is not a period as the start of the note', () => {
    expect(accepted('kennzahl CO2-1 5 Schätzung, Q3 folgt')).toEqual({
      name: 'recordKpiValue',
      kpiCode: 'CO2-1',
      value: '5',
      note: 'Schätzung, Q3 folgt',
    });
    expect(accepted('kennzahl CO2-1 5 12 Messstellen')).toMatchObject({ note: '12 Messstellen' });
  });

  it.each(['13/2026', '0/2026', '2026-13', '2026-Q5', 'Q0/2026', 'Q3', 'Q3.2026', '2026/09', '1899', 'Q5 2026'])(
    'refuses %s, which looks like a period but is none, listing the formats',
    (period) => {
      expectInvalid(refused(`kennzahl CO2-1 5 ${period} Notiz`), 'invalidPeriod', { value: period }, {
        de: [`„${period}“ ist kein gültiger Zeitraum`, '2026-Q3', 'Q3/2026', '2026-09', '09/2026'],
        en: [`“${period}” is not a valid period`, '2026-Q3', 'Q3/2026', '2026-09', '09/2026'],
      });
    },
  );

  it.each([
    ['CO2-1', 'CO2-1'],
    ['co2-1', 'CO2-1'],
    ['Mob-2', 'MOB-2'],
    ['abf1', 'ABF-1'],
    ['MOB2', 'MOB-2'],
    ['m1', 'M-1'],
    ['CO2', 'CO-2'],
    ['co2\u20131', 'CO2-1'],
    ['co2_1', 'CO2-1'],
    ['CO21', 'CO21'],
    ['MOB12', 'MOB12'],
    ['m12', 'M12'],
  ])('reads the KPI code %s as %s (a missing hyphen only where unambiguous)', (code, kpiCode) => {
    expect(accepted(`kpi ${code} 1`)).toMatchObject({ kpiCode });
  });

  it.each(['CO2-1A', 'CO2/1', 'Radverkehr', 'ÄRZ-1', 'ABCDEFGHIJKLMNOPQ-1', 'CO2-'])('refuses "%s", which cannot be a KPI code', (code) => {
    expectInvalid(refused(`kennzahl ${code} 5`), 'invalidKpiCode', { value: code }, {
      de: [`„${code}“`, 'CO2-1'],
      en: [`“${code}”`, 'CO2-1'],
    });
  });

  it('reads a code alone as showing the KPI', () => {
    expect(accepted('kennzahl co2-1')).toEqual({ name: 'showKpi', kpiCode: 'CO2-1' });
    expect(accepted('kpi MOB2')).toEqual({ name: 'showKpi', kpiCode: 'MOB-2' });
  });

  it('asks for the code, with usage and example in the language of the command word', () => {
    expectInvalid(refused('kennzahl'), 'missingKpiCode', { usage: GERMAN_USAGE, example: GERMAN_EXAMPLE }, {
      de: ['Kürzel der Kennzahl', GERMAN_USAGE, GERMAN_EXAMPLE],
      en: ['code of the KPI', GERMAN_USAGE, GERMAN_EXAMPLE],
    });
    expectInvalid(refused('kpi 412.5'), 'missingKpiCode', { usage: ENGLISH_USAGE, example: ENGLISH_EXAMPLE });
  });

  it('says so when the period comes before the value', () => {
    expectInvalid(refused('kennzahl CO2-1 2026-Q3 412,5'), 'periodBeforeValue', { period: '2026-Q3', usage: GERMAN_USAGE, example: GERMAN_EXAMPLE }, {
      de: ['„2026-Q3“ ist ein Zeitraum', 'zuerst den Wert'],
      en: ['“2026-Q3” is a period', 'value first'],
    });
    // A year is also a number: followed by a number that is no period, it was meant as the period.
    expectInvalid(refused('kennzahl CO2-1 2025 6,1'), 'periodBeforeValue', { period: '2025', usage: GERMAN_USAGE, example: GERMAN_EXAMPLE });
    expectInvalid(refused('kpi CO2-1 2025 1.234'), 'periodBeforeValue', { period: '2025', usage: ENGLISH_USAGE, example: ENGLISH_EXAMPLE });
    expect(accepted('kennzahl KLI-3 2025 2026')).toMatchObject({ value: '2025', period: { year: 2026 } });
    expect(accepted('kennzahl KLI-3 2025 Nachmeldung')).toMatchObject({ value: '2025', note: 'Nachmeldung' });
  });

  it.each([
    ['412,5', '412.5'],
    ['1.234,5', '1234.5'],
    ['1.234.567', '1234567'],
    ['-3', '-3'],
    ['0,25', '0.25'],
    ['1,50', '1.5'],
  ])('reads the value %s as %s', (text, value) => {
    expect(accepted(`kennzahl ABF-1 ${text}`)).toMatchObject({ value });
  });

  it('refuses an ambiguous value, explaining both readings', () => {
    expectInvalid(refused('kennzahl ABF-1 1.500 2026'), 'ambiguousNumber', { value: '1.500', thousands: '1500', decimal: '1,5' }, {
      de: ['„1.500“ ist nicht eindeutig', 'Gemeint sein kann 1500 oder 1,5', 'schreiben Sie 1500 oder 1,5'],
      en: ['“1.500” is ambiguous', 'could mean 1500 or 1,5', 'write 1500 or 1,5'],
    });
    expectInvalid(refused('kpi ABF-1 1,500'), 'ambiguousNumber', { value: '1,500', thousands: '1500', decimal: '1,5' });
  });

  it('refuses English thousands separators with a hint', () => {
    expectInvalid(refused('kpi ABF-1 1,234.5'), 'englishNumberFormat', { value: '1,234.5', german: '1234,5', plain: '1234.5' }, {
      de: ['1234,5 oder 1234.5'],
      en: ['1234,5 or 1234.5'],
    });
  });

  it('refuses a value that is not a number', () => {
    expectInvalid(refused('kennzahl ABF-1 viel'), 'invalidNumber', { value: 'viel' }, { de: ['„viel“ ist keine gültige Zahl'], en: ['“viel” is not a valid number'] });
    expectInvalid(refused('kennzahl ABF-1 18,4%'), 'invalidNumber', { value: '18,4%' });
  });

  it('refuses a note longer than 1,000 characters', () => {
    expect(refused(`kennzahl ABF-1 3 2026 ${'ä'.repeat(1001)}`)).toMatchObject({ messageKey: 'measures:noteTooLong', params: { max: 1000, length: 1001 } });
  });
});
