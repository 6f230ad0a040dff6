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
});
