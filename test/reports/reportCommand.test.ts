import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bot/bot';
import { fixedClock } from '../../src/clock';
import type { Message } from '../../src/messages/model';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';
import { capturingLogger } from '../support/logs';
import { draftDay, seedReportTown } from './reportTown';

const text = (m: Message) => JSON.stringify(m.blocks).replace(/\u00a0/g, ' ');

describe.each(providers)('the report command on %s', (provider) => {
  let h: TestDatabase;
  let bot: Bot;
  const ask = (userId: string, line: string) => bot.handleText({ platform: 'console', tenant: { slug: 'klein' }, userId, text: line, requestId: 'r-1' });

  beforeEach(async () => {
    h = await freshDatabase(provider);
    await seedReportTown(h.db);
    bot = createBot({ db: h.db, clock: fixedClock(draftDay), logger: capturingLogger().logger });
  });
  afterEach(async () => h.drop());

  it('answers `bericht` with the latest quarter of the person’s fields', async () => {
    const reply = await ask('max@klein.de', 'bericht');
    expect(reply.summary).toBe('Unterjähriger Bericht Q3/2026 – Kleinstadt');
    expect(text(reply)).toContain('60 % (Zeitanteil 75 %)');
    expect(text(reply)).toContain('M-1 Dämmung Rathaus: 40 % statt 75 % laut Plan');
    expect(reply.blocks.filter((b) => b.type === 'sparkline').length).toBe(2);
  });

  it('takes a field and a period in either order, in English too', async () => {
    expect((await ask('max@klein.de', 'bericht Q2/2026 KLI')).summary).toBe('Unterjähriger Bericht Q2/2026 – Kleinstadt');
    const reply = await ask('olga@klein.de', 'report KLI 2026-09');
    expect(reply.summary).toBe('In-year report 09/2026 – Kleinstadt');
    expect(text(reply)).toContain('Execution');
  });

  it('refuses a field that does not exist, a period not begun and a person without a team; a year is the annual report', async () => {
    expect((await ask('max@klein.de', 'bericht KLX')).summary).toContain('Meinten Sie KLI?');
    expect((await ask('max@klein.de', 'bericht 2027-Q1')).summary).toBe('Der Zeitraum 2027-Q1 hat noch nicht begonnen.');
    expect((await ask('max@klein.de', 'bericht 2026')).summary).toBe('Jahresbericht 2026 zur Zielerreichung – Kleinstadt');
    expect((await ask('olga@klein.de', 'report')).summary).toContain('one of KLI');
  });
});
