import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bot/bot';
import { fixedClock } from '../../src/clock';
import type { Db } from '../../src/db/client';
import type { Message } from '../../src/messages/model';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';
import { seedSmallTown } from '../support/fixtures';
import { capturingLogger } from '../support/logs';

const now = new Date('2026-11-20T10:00:00Z');
const text = (m: Message) => JSON.stringify(m.blocks);

describe.each(providers)('the bot facade on %s', (provider) => {
  let h: TestDatabase;
  let bot: Bot;
  let logs: ReturnType<typeof capturingLogger>;
  const ask = (userId: string, line: string, slug = 'klein') =>
    bot.handleText({ platform: 'console', tenant: { slug }, userId, text: line, requestId: 'r-1' });

  beforeEach(async () => {
    h = await freshDatabase(provider);
    await seedSmallTown(h.db, now);
    logs = capturingLogger();
    bot = createBot({ db: h.db, clock: fixedClock(now), logger: logs.logger });
  });
  afterEach(async () => h.drop());

  it('answers help even to an unlinked account, in the tenant language', async () => {
    const reply = await ask('nobody@klein.de', 'hilfe');
    expect(reply.summary).toBe('Befehle von Verwaltung 2.030');
    expect(text(reply)).toContain('fortschritt M-12 60 im-plan');
  });

  it('tells an unlinked account how to get access, and a wrong tenant that it is unknown', async () => {
    expect((await ask('nobody@klein.de', 'meine')).summary).toContain('v2030 link console nobody@klein.de');
    expect((await ask('max@klein.de', 'meine', 'gross')).summary).toContain('„gross“');
  });

  it('runs a command and answers in the person’s language', async () => {
    const german = await ask('max@klein.de', 'fortschritt m-1 70 gefaehrdet Lieferverzug');
    expect(german.summary).toBe('Gespeichert: M-1 „Dämmung Rathaus“ steht jetzt bei 70 % (gefährdet).');
    const english = await ask('olga@klein.de', 'progress M-2 20');
    expect(english.summary).toBe('Saved: M-2 "Solardach Schule" is now at 20 % (on track).');
    expect((await h.db.measure.findFirstOrThrow({ where: { code: 'M-1' } })).status).toBe('at_risk');
  });

  it('refuses a wrong input with a specific message and changes nothing', async () => {
    const reply = await ask('max@klein.de', 'kennzahl CO2-1 1.500');
    expect(reply.summary).toContain('nicht eindeutig');
    expect(reply.summary).toContain('1500');
    expect(await h.db.kpiValue.count()).toBe(0);
  });

  it('shows a measure card with its buttons, and a due list under "meine"', async () => {
    const card = await ask('max@klein.de', 'massnahme M-1');
    expect(card.blocks.find((b) => b.type === 'actions')).toMatchObject({ buttons: [{ action: 'measure.logProgress', value: 'M-1' }, { action: 'measure.refresh', value: 'M-1' }] });
    const mine = await ask('max@klein.de', 'meine');
    expect(text(mine)).toContain('Dämmung Rathaus');
    expect(text(mine)).toContain('CO2-1 CO₂-Emissionen je Einwohner: Wert für 2025 überfällig');
    expect(text(mine)).toContain('MOB-1 Anteil E-Autos: Wert für 2026-Q3 überfällig');
  });

  it('answers an unexpected failure with an apology and a reference, and logs it with context', async () => {
    const broken = new Proxy(h.db, {
      get(target, prop) {
        if (prop === 'measure') return { findUnique: () => Promise.reject(new Error('disk on fire')) };
        return Reflect.get(target, prop);
      },
    }) as Db;
    bot = createBot({ db: broken, clock: fixedClock(now), logger: logs.logger });
    const reply = await ask('max@klein.de', 'massnahme M-1');
    expect(reply.summary).toBe('Entschuldigung, da ist etwas schiefgegangen. Bitte versuchen Sie es noch einmal. Referenz: r-1');
    const error = logs.lines().find((l) => l.msg === 'interaction failed');
    expect(error).toMatchObject({ level: 50, requestId: 'r-1', platform: 'console', user: 'max@klein.de', tenant: { slug: 'klein' } });
    expect(JSON.stringify(error)).toContain('disk on fire');
  });

  it('opens a prefilled progress form and shows field errors on a bad submit', async () => {
    const request = { platform: 'console' as const, tenant: { slug: 'klein' }, userId: 'max@klein.de', requestId: 'r-2' };
    const form = await bot.openForm(request, 'measure.logProgress', 'M-1');
    const block = form.blocks[0];
    expect(block?.type).toBe('form');
    if (block?.type !== 'form') return;
    expect(block.form.fields.find((f) => f.id === 'measure')).toMatchObject({ initial: 'M-1' });
    expect(block.form.fields.find((f) => f.id === 'percent')).toMatchObject({ initial: '40' });
    expect(block.form.fields.find((f) => f.id === 'measure')!.options!.map((o) => o.value)).toEqual(['M-1', 'M-2']);

    const bad = await bot.submitForm(request, 'measure.logProgress', { measure: 'M-1', percent: '80', status: 'done' });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { percent: '„abgeschlossen“ geht nur mit 100 % (eingegeben: 80 %). Melden Sie 100 oder einen anderen Status.' } });
    // The form comes back as submitted, with the error at its field.
    const refilled = bad.ok ? undefined : bad.form.blocks[0];
    expect(refilled?.type === 'form' && refilled.form.fields.map((f) => [f.id, f.initial, f.error])).toEqual([
      ['measure', 'M-1', undefined],
      ['percent', '80', '„abgeschlossen“ geht nur mit 100 % (eingegeben: 80 %). Melden Sie 100 oder einen anderen Status.'],
      ['status', 'done', undefined],
      ['note', undefined, undefined],
    ]);
    const noNumber = await bot.submitForm(request, 'measure.logProgress', { measure: 'M-1', percent: 'viel' });
    expect(noNumber.ok).toBe(false);
    expect(Object.keys((noNumber as { fieldErrors: object }).fieldErrors)).toEqual(['percent']);
    expect(await h.db.measureProgress.count()).toBe(0);

    const good = await bot.submitForm(request, 'measure.logProgress', { measure: 'M-1', percent: '100', status: '' });
    expect(good).toMatchObject({ ok: true, message: { summary: 'Gespeichert: M-1 „Dämmung Rathaus“ steht jetzt bei 100 % (abgeschlossen).' } });
  });

  it('records a KPI value from the form and puts period errors at the period field', async () => {
    const request = { platform: 'console' as const, tenant: { slug: 'klein' }, userId: 'max@klein.de', requestId: 'r-3' };
    const wrong = await bot.submitForm(request, 'kpi.recordValue', { kpi: 'CO2-1', value: '6,2', period: '2025-Q1' });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { period: expect.stringContaining('jährlich') } });
    const ambiguous = await bot.submitForm(request, 'kpi.recordValue', { kpi: 'CO2-1', value: '6,200' });
    expect(ambiguous).toMatchObject({ ok: false, fieldErrors: { value: expect.stringContaining('nicht eindeutig') } });
    const ok = await bot.submitForm(request, 'kpi.recordValue', { kpi: 'co2-1', value: '6,2', period: '' });
    expect(ok).toMatchObject({ ok: true, message: { summary: 'Gespeichert: CO2-1 „CO₂-Emissionen je Einwohner“ 2025 = 6,2 t.' } });
  });
});
