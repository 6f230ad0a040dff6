import { beforeEach, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bot/bot';
import { fixedClock } from '../../src/clock';
import { createLogger } from '../../src/logger';
import type { Message } from '../../src/messages/model';
import { providers } from '../support/databases';
import { useSmallTown } from '../support/fixtures';

const now = new Date('2026-11-20T10:00:00Z');
const text = (m: Message) => JSON.stringify(m.blocks);

/** The demo of issue 13 through the core as every platform calls it: commands, buttons and the snooze form. */
describe.each(providers)('alert commands and buttons on %s', (provider) => {
  const s = useSmallTown(provider, now);
  let bot: Bot;
  const request = (userId: string) => ({ platform: 'console' as const, tenant: { slug: 'klein' }, userId, requestId: `r-${Math.random()}` });
  const ask = (userId: string, line: string) => bot.handleText({ ...request(userId), text: line });
  beforeEach(() => {
    bot = createBot({ db: s.h.db, clock: fixedClock(now), logger: createLogger('silent') });
  });

  it('two off-target values fire; the lead sees it in "alarme", acknowledges it, and an on-target value resolves it', async () => {
    expect((await ask('max@klein.de', 'kennzahl CO2-1 8,3 2023')).summary).toContain('Gespeichert');
    await ask('max@klein.de', 'kennzahl CO2-1 7,5 2024');
    const list = await ask('lea@klein.de', 'alarme');
    expect(list.summary).toBe('Offene Alarme');
    expect(text(list)).toContain('Alarm 1 (kritisch): CO2-1');
    expect(text(list)).toContain('ausgelöst, nicht quittiert');
    expect((await ask('max@klein.de', 'quittieren 1')).summary).toContain('Teamleitung');
    expect((await ask('lea@klein.de', 'quittieren 1')).summary).toContain('Alarm 1 (CO2-1) ist quittiert');
    expect(text(await ask('lea@klein.de', 'alarme'))).toContain('quittiert von Lea Lead am 20.11.2026');
    expect((await ask('lea@klein.de', 'quittieren 1')).summary).toContain('schon quittiert');
    await ask('max@klein.de', 'kennzahl CO2-1 6,4 2025');
    expect((await ask('lea@klein.de', 'alarme')).summary).toBe('Keine offenen Alarme in Ihrem Bereich.');
  });

  it('refuses wrong numbers with what is allowed, in both languages', async () => {
    expect((await ask('lea@klein.de', 'quittieren')).summary).toContain('quittieren <Nr>');
    expect((await ask('lea@klein.de', 'schlummern 1 zwei')).summary).toContain('„zwei“ ist keine Zahl von Tagen');
    expect((await ask('olga@klein.de', 'acknowledge x')).summary).toContain('"x" is not an alert number');
    expect((await ask('lea@klein.de', 'quittieren 4')).summary).toContain('Einen Alarm 4 gibt es nicht');
  });

  it('the acknowledge button and the snooze form do what the commands do', async () => {
    await ask('max@klein.de', 'kennzahl CO2-1 8,3 2023');
    await ask('max@klein.de', 'kennzahl CO2-1 7,5 2024');
    const form = await bot.handleAction(request('lea@klein.de'), 'alert.snooze', '1');
    expect(form.kind === 'form' && form.message.blocks[0]).toMatchObject({ type: 'form', form: { id: 'alert.snooze', context: '1', fields: [{ id: 'days', hint: '1 bis 90 Tage' }] } });
    const refused = await bot.submitForm(request('lea@klein.de'), 'alert.snooze', { days: '120' }, '1');
    expect(refused).toMatchObject({ ok: false, fieldErrors: { days: expect.stringContaining('1 bis 90 Tage') } });
    const snoozed = await bot.submitForm(request('lea@klein.de'), 'alert.snooze', { days: '10' }, '1');
    expect(snoozed).toMatchObject({ ok: true, message: { summary: 'Alarm 1 (CO2-1) schlummert bis 30.11.2026.' } });
    const clicked = await bot.handleAction(request('lea@klein.de'), 'alert.acknowledge', '1');
    expect(clicked).toMatchObject({ kind: 'done', reply: { summary: expect.stringContaining('ist quittiert') } });
    const alert = await s.h.db.alert.findFirstOrThrow();
    expect(alert).toMatchObject({ state: 'acknowledged', acknowledgedById: s.town.lea.id, snoozedById: s.town.lea.id });
  });

  it('"kennzahl CO2-1" shows values against the path, thresholds, trend and the alert where it stands; "kpi" in English', async () => {
    const empty = await ask('lea@klein.de', 'kennzahl CO2-1');
    expect(empty.summary).toBe('Kennzahl CO2-1 „CO₂-Emissionen je Einwohner“');
    expect(text(empty)).toContain('Für CO2-1 ist noch kein Wert erfasst.');
    expect(text(empty)).toContain('Kein offener Alarm.');
    await ask('max@klein.de', 'kennzahl CO2-1 8,3 2023');
    expect(text(await ask('lea@klein.de', 'kennzahl CO2-1'))).toContain('Abseits des Zielpfads seit 1 Zeitraum/Zeiträumen in Folge; noch kein Alarm.');
    await ask('max@klein.de', 'kennzahl CO2-1 7,5 2024');
    const shown = await ask('max@klein.de', 'kennzahl co2-1');
    const table = shown.blocks.find((b) => b.type === 'table');
    expect(table).toMatchObject({ rows: [['2024', '7,5', '6,82', '+10 %', 'Warnung'], ['2023', '8,3', '7,14', '+16,2 %', 'kritisch']] });
    expect(shown.blocks.find((b) => b.type === 'sparkline')).toMatchObject({ values: [8.3, 7.5] });
    expect(text(shown)).toContain('Warnung ab 5 %, kritisch ab 15 % Abweichung vom Zielpfad');
    expect(text(shown)).toContain('Alarm 1 (kritisch): CO2-1');
    expect(text(shown)).toContain('ausgelöst, nicht quittiert');
    expect(shown.blocks.at(-1)).toMatchObject({ type: 'actions', buttons: [{ action: 'kpi.recordValue', value: 'CO2-1' }] });
    const english = await ask('olga@klein.de', 'kpi CO2-1');
    expect(text(english)).toContain('warning beyond 5 %, critical beyond 15 % off the target path');
    expect(english.blocks.find((b) => b.type === 'actions')).toBeUndefined();
    expect((await ask('lea@klein.de', 'kennzahl CO2-9')).summary).toContain('Meinten Sie CO2-1?');
  });

  it('a button in the "alarme" list updates the list; one in the announcement updates the announcement', async () => {
    await ask('max@klein.de', 'kennzahl CO2-1 8,3 2023');
    await ask('max@klein.de', 'kennzahl CO2-1 7,5 2024');
    const fromList = await bot.handleAction(request('lea@klein.de'), 'alert.acknowledge', '1:list');
    expect(fromList).toMatchObject({ kind: 'done', replace: { summary: 'Offene Alarme' } });
    expect(fromList.kind === 'done' && text(fromList.replace!)).toContain('quittiert von Lea Lead');
    const opened = await bot.handleAction(request('lea@klein.de'), 'alert.openKpi', '1');
    expect(opened).toMatchObject({ kind: 'done', reply: { summary: 'Kennzahl CO2-1 „CO₂-Emissionen je Einwohner“' }, replace: { summary: expect.stringContaining('Alarm 1 (kritisch)') } });
    expect(opened.kind === 'done' && text(opened.replace!)).not.toContain('alert.acknowledge');
  });
});
