import { describe, expect, it } from 'vitest';
import { COMMAND_SPECS, commandSpec } from '../../src/commands';
import { normalizeWord } from '../../src/commands/normalizeWord';
import { LOCALES, translator } from '../../src/i18n';
import { accepted } from './expectations';

describe('command registry', () => {
  it('has every command once, with words, usage, examples and a description in both languages', () => {
    expect(COMMAND_SPECS.map((spec) => spec.name)).toEqual(['help', 'mine', 'showMeasure', 'logProgress', 'recordKpiValue', 'subscribe', 'unsubscribe', 'listSubscriptions', 'listAlerts', 'acknowledgeAlert', 'snoozeAlert', 'showReport', 'showBudget', 'requestReallocation', 'confirmReallocation', 'listRequests', 'approveReallocation', 'rejectReallocation', 'askReallocation', 'answerReallocation', 'withdrawReallocation', 'recordCouncilConsent', 'setLanguage', 'reminders', 'lockPeriod', 'reopenPeriod', 'delegateApproval']);
    for (const spec of COMMAND_SPECS) {
      expect(commandSpec(spec.name)).toBe(spec);
      for (const locale of LOCALES) {
        expect(spec.words[locale].length, `${spec.name} ${locale}`).toBeGreaterThan(0);
        expect(spec.examples[locale].length, `${spec.name} ${locale}`).toBeGreaterThan(0);
        expect(spec.usage[locale].startsWith(`${spec.words[locale][0]}`), spec.usage[locale]).toBe(true);
        expect(translator(locale)(spec.descriptionKey)).not.toBe('');
      }
    }
  });

  it('uses each command word for one command only (the same word may serve both languages of one command)', () => {
    const words = COMMAND_SPECS.flatMap((spec) => [...new Set(LOCALES.flatMap((locale) => spec.words[locale].map(normalizeWord)))]);
    expect(new Set(words).size).toBe(words.length);
  });

  it('has examples that parse to their own command (or one it also reads as), starting with a word of their language', () => {
    for (const spec of COMMAND_SPECS) {
      for (const locale of LOCALES) {
        for (const example of spec.examples[locale]) {
          expect([spec.name, ...(spec.also ?? [])], example).toContain(accepted(example).name);
          expect(spec.words[locale], example).toContain(example.split(' ')[0]);
        }
      }
    }
  });

  it('shows the examples the help promises', () => {
    expect(commandSpec('logProgress').examples.de).toContain('fortschritt M-12 60 im-plan Ausschreibung veröffentlicht');
    expect(commandSpec('recordKpiValue').examples.de).toEqual(expect.arrayContaining(['kennzahl CO2-1 5,9 2025', 'kennzahl KLI-2 1.234,5 2026-Q3']));
    expect(commandSpec('recordKpiValue').examples.en).toEqual(expect.arrayContaining(['kpi CO2-1 5.9 2025', 'kpi KLI-2 1234.5 2026-Q3']));
  });
});
