import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bot/bot';
import { fixedClock } from '../../src/clock';
import type { Message } from '../../src/messages/model';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';
import { seedSmallTown, type SmallTown } from '../support/fixtures';
import { capturingLogger } from '../support/logs';

const now = new Date('2026-11-20T10:00:00Z');

// Issue 10, item 8: implausible values refused, a value far off the series confirmed before it is saved.
describe.each(providers)('KPI plausibility through the bot on %s', (provider) => {
  let h: TestDatabase;
  let bot: Bot;
  let town: SmallTown;
  const request = { platform: 'console' as const, tenant: { slug: 'klein' }, userId: 'max@klein.de', requestId: 'r-1' };
  const ask = (line: string) => bot.handleText({ ...request, text: line });
  const stored = (period: string) => h.db.kpiValue.findUnique({ where: { kpiId_period: { kpiId: town.co2.id, period } } });

  beforeEach(async () => {
    h = await freshDatabase(provider);
    town = await seedSmallTown(h.db, now);
    bot = createBot({ db: h.db, clock: fixedClock(now), logger: capturingLogger().logger });
    await ask('kennzahl CO2-1 6,1 2023');
    await ask('kennzahl CO2-1 6,4 2024');
  });
  afterEach(async () => h.drop());

  it('refuses a share above 100 % and a negative value', async () => {
    expect((await ask('kennzahl MOB-1 104 2026-Q2')).summary).toBe('104 % ist für MOB-1 nicht möglich: Der Wert darf nicht größer als 100 sein.');
    expect((await ask('kennzahl CO2-1 -2 2025')).summary).toContain('nicht kleiner als 0');
    expect(await h.db.kpiValue.count()).toBe(2);
  });

  it('asks before saving a value far off the series, and saves it on the button', async () => {
    const question = await ask('kennzahl CO2-1 2025 2025');
    expect(question.summary).toBe('2.025 t für CO2-1 (2025) weicht stark vom bisherigen Verlauf ab (Mittel zuletzt 6,25 t); noch nicht gespeichert.');
    expect(JSON.stringify(question.blocks)).toContain('kennzahl CO2-1 2025! 2025');
    expect(await stored('2025')).toBeNull();
    const button = question.blocks.flatMap((b) => (b.type === 'actions' ? b.buttons : []))[0]!;
    const outcome = await bot.handleAction(request, button.action, button.value);
    expect(outcome).toMatchObject({ kind: 'done', replace: { summary: expect.stringContaining('Gespeichert: CO2-1') as unknown } });
    expect((await stored('2025'))?.value.toString()).toBe('2025');
  });

  it('saves a far-off value written with "!"', async () => {
    const reply: Message = await ask('kennzahl CO2-1 64! 2025 Neue Bilanzierungsmethode');
    expect(reply.summary).toContain('Gespeichert');
    expect((await stored('2025'))?.note).toBe('Neue Bilanzierungsmethode');
  });
});
