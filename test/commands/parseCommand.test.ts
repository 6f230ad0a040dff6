import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands';
import { accepted, expectInvalid, refused } from './expectations';

describe('parseCommand: command words', () => {
  it.each([
    ['hilfe', 'help'],
    ['HELP', 'help'],
    ['meine', 'mine'],
    ['Mine', 'mine'],
    ['maßnahme M-1', 'showMeasure'],
    ['Massnahme M-1', 'showMeasure'],
    ['MASSNAHME M-1', 'showMeasure'],
    ['measure M-1', 'showMeasure'],
    ['fortschritt M-1 5', 'logProgress'],
    ['Progress M-1 5', 'logProgress'],
    ['kennzahl CO2-1 5', 'recordKpiValue'],
    ['KPI CO2-1 5', 'recordKpiValue'],
  ])('"%s" is %s', (text, name) => {
    expect(accepted(text).name).toBe(name);
  });

  it('ignores surrounding and repeated white space', () => {
    expect(accepted('  \u00a0massnahme \t  m-4  ')).toEqual({ name: 'showMeasure', measureCode: 'M-4' });
  });

  it('refuses an empty line', () => {
    for (const text of ['', '   ', '\n\t']) {
      expectInvalid(refused(text), 'emptyInput', {}, { de: ['Befehl', '„hilfe“'], en: ['command', '“help”'] });
    }
  });

  it('suggests the closest command word for a typo', () => {
    expectInvalid(refused('fortschrit M-1 5'), 'unknownCommandSuggestion', { word: 'fortschrit', suggestion: 'fortschritt' }, {
      de: ['„fortschrit“', 'Meinten Sie „fortschritt“?'],
      en: ['“fortschrit”', 'Did you mean “fortschritt”?'],
    });
    expect(refused('progres').params).toEqual({ word: 'progres', suggestion: 'progress' });
    expect(refused('hlfe').params).toEqual({ word: 'hlfe', suggestion: 'hilfe' });
    expect(refused('Kenzahl CO2-1 4').params).toEqual({ word: 'Kenzahl', suggestion: 'kennzahl' });
    expect(refused('masnahme M-1').params).toEqual({ word: 'masnahme', suggestion: 'maßnahme' });
  });

  it('names an unknown command without a suggestion when nothing is close', () => {
    expectInvalid(refused('hallo Bot'), 'unknownCommand', { word: 'hallo' }, { de: ['„hallo“', '„hilfe“'], en: ['“hallo”', '“help”'] });
    expectInvalid(refused('M-12'), 'unknownCommand', { word: 'M-12' });
  });

  it('refuses arguments a command does not take, showing its usage', () => {
    expectInvalid(refused('meine Maßnahmen bitte'), 'unexpectedArguments', { extra: 'Maßnahmen bitte', usage: 'meine' }, {
      de: ['„Maßnahmen bitte“', 'So lautet der Befehl: meine'],
      en: ['“Maßnahmen bitte”', 'goes like this: meine'],
    });
    expectInvalid(refused('measure M-12 M-13'), 'unexpectedArguments', { extra: 'M-13', usage: 'measure <code>' });
    expectInvalid(refused('hilfe fortschritt jetzt'), 'unexpectedArguments', { extra: 'jetzt', usage: 'hilfe [Befehl]' });
  });

  it('shows what the user typed verbatim, without interpreting placeholders or nested messages in it', () => {
    expectInvalid(refused('hallo$t(parse:emptyInput)'), 'unknownCommand', { word: 'hallo$t(parse:emptyInput)' }, {
      de: ['„hallo$t(parse:emptyInput)“'],
      en: ['“hallo$t(parse:emptyInput)”'],
    });
    expect(refused('maßnahme {{word}}').params).toEqual({ value: '{{word}}' });
  });

  it('returns a result instead of throwing for every kind of input', () => {
    for (const text of ['', 'x', '🙂', 'fortschritt', 'kennzahl', '"', '%', '—', 'maßnahme „M-12“']) {
      expect(() => parseCommand(text)).not.toThrow();
    }
  });
});

describe('help', () => {
  it('takes an optional command word in any language as topic', () => {
    expect(accepted('hilfe')).toEqual({ name: 'help' });
    expect(accepted('help kpi')).toEqual({ name: 'help', topic: 'recordKpiValue' });
    expect(accepted('Hilfe Maßnahme')).toEqual({ name: 'help', topic: 'showMeasure' });
    expect(accepted('hilfe massnahme')).toEqual({ name: 'help', topic: 'showMeasure' });
    expect(accepted('help hilfe')).toEqual({ name: 'help', topic: 'help' });
  });

  it('suggests the closest command for a mistyped topic', () => {
    expectInvalid(refused('hilfe fortschrit'), 'unknownHelpTopicSuggestion', { topic: 'fortschrit', suggestion: 'fortschritt' }, {
      de: ['„fortschrit“', '„hilfe fortschritt“'],
      en: ['“fortschrit”', '“help fortschritt”'],
    });
  });

  it('refuses a topic that is no command', () => {
    expectInvalid(refused('help haushalt'), 'unknownHelpTopic', { topic: 'haushalt' }, { de: ['„haushalt“ ist kein Befehl'], en: ['“haushalt” is not a command'] });
  });
});

describe('showMeasure', () => {
  it.each([
    ['massnahme M-12', 'M-12'],
    ['massnahme m-12', 'M-12'],
    ['massnahme m12', 'M-12'],
    ['massnahme M\u201312', 'M-12'],
    ['massnahme m_7', 'M-7'],
    ['measure M-007', 'M-007'],
  ])('"%s" shows %s', (text, measureCode) => {
    expect(accepted(text)).toEqual({ name: 'showMeasure', measureCode });
  });

  it('asks for the code when it is missing, with usage and example in the language of the command word', () => {
    expectInvalid(refused('maßnahme'), 'missingMeasureCode', { usage: 'maßnahme <Kürzel>', example: 'maßnahme M-12' }, {
      de: ['Kürzel der Maßnahme', 'maßnahme <Kürzel>', 'Beispiel: maßnahme M-12'],
      en: ['code of the measure', 'maßnahme <Kürzel>', 'example: maßnahme M-12'],
    });
    expectInvalid(refused('measure'), 'missingMeasureCode', { usage: 'measure <code>', example: 'measure M-12' });
  });

  it('treats a number in place of the code as a missing code', () => {
    expectInvalid(refused('measure 12'), 'missingMeasureCode', { usage: 'measure <code>', example: 'measure M-12' });
  });

  it.each(['X-12', 'M-', 'M-1a', 'MM-12', 'Radweg', 'M-1234567'])('refuses "%s", which cannot be a measure code', (code) => {
    expectInvalid(refused(`massnahme ${code}`), 'invalidMeasureCode', { value: code }, { de: [`„${code}“`, 'M-12'], en: [`“${code}”`, 'M-12'] });
  });
});
