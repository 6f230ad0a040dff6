import { describe, expect, it } from 'vitest';
import { MEASURE_STATUSES } from '../../src/domain/measureStatus';
import { accepted, expectInvalid, refused, rendered } from './expectations';

const GERMAN_USAGE = 'fortschritt <Maßnahme> <Prozent> [Status] [Notiz …]';
const GERMAN_EXAMPLE = 'fortschritt M-12 60 im-plan Ausschreibung veröffentlicht';
const ENGLISH_USAGE = 'progress <measure> <percent> [status] [note …]';
const ENGLISH_EXAMPLE = 'progress M-12 60 on-track Tender published';

describe('logProgress', () => {
  it('reads code, percent, status and note', () => {
    expect(accepted('fortschritt M-12 60 im-plan Ausschreibung veröffentlicht')).toEqual({
      name: 'logProgress',
      measureCode: 'M-12',
      percent: 60,
      status: 'on_track',
      note: 'Ausschreibung veröffentlicht',
    });
  });

  it('leaves status and note out when not given', () => {
    expect(accepted('progress m12 0')).toEqual({ name: 'logProgress', measureCode: 'M-12', percent: 0 });
    expect(accepted('fortschritt M-1 100 abgeschlossen')).toEqual({ name: 'logProgress', measureCode: 'M-1', percent: 100, status: 'done' });
  });

  it.each([
    ['60', 60],
    ['60%', 60],
    ['060', 60],
    ['+5', 5],
    ['100%', 100],
  ])('accepts the percent %s', (percent, value) => {
    expect(accepted(`fortschritt M-1 ${percent}`)).toMatchObject({ percent: value });
  });

  it('accepts a percent sign as its own word', () => {
    expect(accepted('fortschritt M-1 60 % verzögert')).toEqual({ name: 'logProgress', measureCode: 'M-1', percent: 60, status: 'delayed' });
  });

  it.each([
    ['im-plan', 'on_track'],
    ['IM-PLAN', 'on_track'],
    ['im_plan', 'on_track'],
    ['implan', 'on_track'],
    ['im\u2013plan', 'on_track'],
    ['gefährdet', 'at_risk'],
    ['gefaehrdet', 'at_risk'],
    ['gefahrdet', 'at_risk'],
    ['Gefährdet', 'at_risk'],
    ['verzögert', 'delayed'],
    ['verzoegert', 'delayed'],
    ['verzogert', 'delayed'],
    ['abgeschlossen', 'done'],
    ['erledigt', 'done'],
    ['on-track', 'on_track'],
    ['on_track', 'on_track'],
    ['ontrack', 'on_track'],
    ['at-risk', 'at_risk'],
    ['AT_RISK', 'at_risk'],
    ['delayed', 'delayed'],
    ['done', 'done'],
    ['completed', 'done'],
  ])('reads the status %s as %s', (word, status) => {
    expect(accepted(`fortschritt M-1 50 ${word}`)).toMatchObject({ status });
  });

  it('has a word for every measure status', () => {
    const statuses = ['im-plan', 'gefährdet', 'verzögert', 'abgeschlossen'].map((word) => accepted(`fortschritt M-1 5 ${word}`));
    expect(statuses.map((command) => (command.name === 'logProgress' ? command.status : undefined)).sort()).toEqual([...MEASURE_STATUSES].sort());
  });

  it('keeps the note as typed: case, umlauts, quotes and inner spacing', () => {
    const note = 'Vergabe an „Müller & Söhne“ – Zuschlag "vorläufig",  Baubeginn 03/2027';
    expect(accepted(`progress M-3 45 at-risk   ${note}   `)).toMatchObject({ note });
  });

  it('takes a word that is not a status as the start of the note', () => {
    expect(accepted('fortschritt M-1 50 Verzögerung bei der Vergabe')).toEqual({
      name: 'logProgress',
      measureCode: 'M-1',
      percent: 50,
      note: 'Verzögerung bei der Vergabe',
    });
    expect(accepted('fortschritt M-1 50 im plan')).toEqual({ name: 'logProgress', measureCode: 'M-1', percent: 50, status: 'on_track' });
    expect(accepted('fortschritt M-1 50 verzögert done soon')).toMatchObject({ status: 'delayed', note: 'done soon' });
  });

  it('asks for the measure code and the percent, with usage in the language of the command word', () => {
    expectInvalid(refused('fortschritt'), 'missingMeasureCode', { usage: GERMAN_USAGE, example: GERMAN_EXAMPLE }, {
      de: ['Kürzel der Maßnahme', GERMAN_USAGE, GERMAN_EXAMPLE],
      en: ['code of the measure', GERMAN_USAGE, GERMAN_EXAMPLE],
    });
    expectInvalid(refused('progress 60'), 'missingMeasureCode', { usage: ENGLISH_USAGE, example: ENGLISH_EXAMPLE });
    expectInvalid(refused('progress M-12'), 'missingPercent', { usage: ENGLISH_USAGE, example: ENGLISH_EXAMPLE }, {
      de: ['Prozent', ENGLISH_USAGE],
      en: ['percent', ENGLISH_USAGE, ENGLISH_EXAMPLE],
    });
  });

  it.each(['60,5', '60.5', '99,9%'])('refuses the fractional percent %s', (percent) => {
    expectInvalid(refused(`fortschritt M-12 ${percent}`), 'percentNotWhole', { value: percent }, {
      de: [`„${percent}“`, 'ganze'],
      en: [`“${percent}”`, 'whole'],
    });
  });

  it.each(['101', '-5', '250%', '999999'])('refuses the percent %s outside 0 to 100', (percent) => {
    expectInvalid(refused(`fortschritt M-12 ${percent}`), 'percentOutOfRange', { value: percent }, {
      de: [`„${percent}“`, '0 und 100'],
      en: [`“${percent}”`, '0 and 100'],
    });
  });

  it.each(['sechzig', '60%%', '%60', '1e2', 'im-plan', '1234567'])('refuses %s as a percent', (percent) => {
    expectInvalid(refused(`fortschritt M-12 ${percent}`), 'invalidPercent', { value: percent }, {
      de: [`„${percent}“ ist keine Prozentangabe`],
      en: [`“${percent}” is not a percentage`],
    });
  });

  it.each([
    ['gefärdet', 'gefährdet'],
    ['verzoegrt', 'verzögert'],
    ['abgeschlosen', 'abgeschlossen'],
    ['im-plam', 'im-plan'],
  ])('refuses the mistyped status %s, suggesting %s and listing the German statuses', (typo, suggestion) => {
    const allowed = 'im-plan, gefährdet, verzögert, abgeschlossen';
    expectInvalid(refused(`fortschritt M-12 60 ${typo} Notiz`), 'unknownStatus', { value: typo, suggestion, allowed }, {
      de: [`„${typo}“ ist kein Status`, `Meinten Sie „${suggestion}“?`, allowed],
      en: [`“${typo}” is not a status`, allowed],
    });
  });

  it('lists the English statuses after an English command word', () => {
    expectInvalid(refused('progress M-12 60 on-trak'), 'unknownStatus', {
      value: 'on-trak',
      suggestion: 'on-track',
      allowed: 'on-track, at-risk, delayed, done',
    });
  });

  it('refuses a note longer than 1,000 characters and accepts one of exactly 1,000', () => {
    const longest = 'x'.repeat(1000);
    expect(accepted(`fortschritt M-12 60 im-plan ${longest}`)).toMatchObject({ note: longest });
    const error = refused(`fortschritt M-12 60 im-plan ${longest}y`);
    expect(error).toMatchObject({ messageKey: 'measures:noteTooLong', params: { max: 1000, length: 1001 } });
    expect(rendered(error)).toEqual({
      de: 'Die Notiz ist 1001 Zeichen lang; erlaubt sind höchstens 1000.',
      en: 'The note is 1001 characters long; at most 1000 are allowed.',
    });
  });
});

// Issue 10, item 6: the status as the bot itself writes it, and common words.
describe('logProgress: status words as printed', () => {
  it.each([
    ['im Plan', 'on_track'],
    ['Im Plan', 'on_track'],
    ['on track', 'on_track'],
    ['at risk', 'at_risk'],
    ['gefährdet', 'at_risk'],
    ['verzögert', 'delayed'],
    ['abgeschlossen', 'done'],
    ['fertig', 'done'],
    ['erledigt', 'done'],
    ['planmäßig', 'on_track'],
  ])('reads "%s" and keeps the rest as the note', (words, status) => {
    expect(accepted(`fortschritt M-10 100 ${words} Angebot liegt vor`)).toEqual({ name: 'logProgress', measureCode: 'M-10', percent: 100, status, note: 'Angebot liegt vor' });
  });

  it('keeps "im" followed by another word as the note', () => {
    expect(accepted('fortschritt M-10 63 im Rahmen des Plans')).toEqual({ name: 'logProgress', measureCode: 'M-10', percent: 63, note: 'im Rahmen des Plans' });
  });
});
