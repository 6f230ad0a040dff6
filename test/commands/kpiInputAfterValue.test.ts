import { describe, expect, it } from 'vitest';
import { accepted, expectInvalid, refused } from './expectations';

// Issue 10, items 5 and 9: what follows the value is read as a unit, a period or a note, never guessed.
describe('kennzahl: text after the value', () => {
  it.each([
    ['September 2026', { frequency: 'monthly', year: 2026, index: 9 }],
    ['Sept. 2026', { frequency: 'monthly', year: 2026, index: 9 }],
    ['märz 2026', { frequency: 'monthly', year: 2026, index: 3 }],
    ['Maerz 2026', { frequency: 'monthly', year: 2026, index: 3 }],
    ['October 2025', { frequency: 'monthly', year: 2025, index: 10 }],
    ['3. Quartal 2026', { frequency: 'quarterly', year: 2026, index: 3 }],
    ['3.Quartal 2026', { frequency: 'quarterly', year: 2026, index: 3 }],
    ['III. Quartal 2026', { frequency: 'quarterly', year: 2026, index: 3 }],
    ['3rd quarter 2026', { frequency: 'quarterly', year: 2026, index: 3 }],
    ['III/2026', { frequency: 'quarterly', year: 2026, index: 3 }],
    ['Jahr 2024', { frequency: 'yearly', year: 2024, index: 1 }],
    ['FY2024', { frequency: 'yearly', year: 2024, index: 1 }],
    ['GJ 2024', { frequency: 'yearly', year: 2024, index: 1 }],
  ])('reads the period %s and keeps the rest as the note', (text, period) => {
    expect(accepted(`kennzahl BIL-4 99 ${text} Nachmeldung`)).toEqual({ name: 'recordKpiValue', kpiCode: 'BIL-4', value: '99', period, note: 'Nachmeldung' });
  });

  it.each([
    ['31.12.2024', { year: 2024, quarter: '2024-Q4', month: '2024-12' }],
    ['2024-06-30', { year: 2024, quarter: '2024-Q2', month: '2024-06' }],
  ])('refuses the date %s and names the periods containing it', (date, periods) => {
    expectInvalid(refused(`kennzahl CO2-1 7,0 ${date}`), 'dateIsNoPeriod', { value: date, ...periods }, {
      de: [`„${date}“ ist ein Datum`, String(periods.year), periods.quarter, periods.month],
      en: [`“${date}” is a date`, periods.quarter],
    });
  });

  it.each([
    ['September', 'September'],
    ['Jahr', 'Jahr'],
    ['FY24', 'FY24'],
    ['IV/26', 'IV/26'],
    ['3. Quartal', '3. Quartal'],
    ['Quartal drei', 'Quartal'],
  ])('refuses %s, a period in words it cannot read, with the accepted forms', (text, value) => {
    expectInvalid(refused(`kennzahl BIL-4 99 ${text} Nachmeldung`), 'invalidPeriod', { value }, {
      de: ['September 2026', '3. Quartal 2026', '2026-Q3'],
      en: ['September 2026', '3rd quarter 2026'],
    });
  });

  it('refuses a second period right after the first instead of starting the note with it', () => {
    expectInvalid(refused('kennzahl BIL-4 99 2026 September'), 'invalidPeriod', { value: 'September' });
  });

  it.each([
    ['5,9 t 2024', { value: '5.9', unit: 't', period: { frequency: 'yearly', year: 2024, index: 1 } }],
    ['5,9 t', { value: '5.9', unit: 't' }],
    ['18,4 % Q3/2026 Zählung', { value: '18.4', unit: '%', period: { frequency: 'quarterly', year: 2026, index: 3 }, note: 'Zählung' }],
    ['31 m2 2025', { value: '31', unit: 'm2', period: { frequency: 'yearly', year: 2025, index: 1 } }],
    ['212 Teilnahmen 2025', { value: '212', unit: 'Teilnahmen', period: { frequency: 'yearly', year: 2025, index: 1 } }],
  ])('reads a unit after the value: %s', (text, expected) => {
    expect(accepted(`kennzahl CO2-1 ${text}`)).toEqual({ name: 'recordKpiValue', kpiCode: 'CO2-1', ...expected });
  });

  it('keeps a word that is no unit and no period as the start of the note', () => {
    expect(accepted('kennzahl CO2-1 5,9 Schätzung des Landesamts')).toEqual({ name: 'recordKpiValue', kpiCode: 'CO2-1', value: '5.9', note: 'Schätzung des Landesamts' });
  });

  it('reads a four-digit number in the value position as the value (item 9)', () => {
    expect(accepted('kennzahl KLI-2 1250 12 Gebäude nachgemeldet')).toEqual({ name: 'recordKpiValue', kpiCode: 'KLI-2', value: '1250', note: '12 Gebäude nachgemeldet' });
    expect(accepted('kennzahl KLI-2 2100 12 Gebäude nachgemeldet')).toMatchObject({ value: '2100', note: '12 Gebäude nachgemeldet' });
    expect(accepted('kennzahl KLI-2 2100 2025-Q3 12 Gebäude')).toMatchObject({ value: '2100', period: { year: 2025, index: 3 }, note: '12 Gebäude' });
  });
});
