import { describe, expect, it, vi } from 'vitest';
import { decideReallocation } from '../../src/usecases/budget/decideReallocation';
import { fileReallocation } from '../../src/usecases/budget/fileReallocation';
import { proposeReallocation, type ReallocationInput } from '../../src/usecases/budget/proposeReallocation';
import { providers } from '../support/databases';
import { contextFor, useSmallTown } from '../support/fixtures';
import { runOperatorCommand } from '../support/operatorCli';
import { seedBudgetTown } from '../usecases/budget/budgetTown';

const NOW = new Date('2026-06-15T08:00:00Z');

describe.each(providers)('v2030 report council-list (%s)', (provider) => {
  const fixture = useSmallTown(provider, NOW);
  const as = (email: string) => contextFor(fixture.h.db, 'klein', email, NOW);
  const file = async (input: ReallocationInput) => {
    const ctx = await as('max@klein.de');
    await proposeReallocation(ctx, input);
    return (await fileReallocation(ctx)).number;
  };
  const decide = async (email: string, number: number, decision: Parameters<typeof decideReallocation>[2]) => decideReallocation(await as(email), number, decision);
  const toMobility = (amountCents: bigint, reason: string): ReallocationInput => ({ amountCents, fromCode: 'KLI-01', toCode: 'MOB-01', reason, justification: 'Verkehrssicherungspflicht', effect: '+', effectNote: 'Radverkehr ersetzt Autofahrten' });

  /**
   * Nr. 1 below the threshold, approved; Nr. 2 takes the line to 15.000 € (material): council consent, then approved;
   * Nr. 3 material, waiting for the council; Nr. 4 internal and Nr. 5 withdrawn: not on the list.
   */
  const setUp = async () => {
    await seedBudgetTown(fixture.h.db, fixture.town);
    await decide('tina@klein.de', await file(toMobility(60_000n, 'Markierung Radweg')), { type: 'approve' });
    const material = await file(toMobility(1_440_000n, 'Radweg Lückenschluss'));
    await decide('carl@klein.de', material, { type: 'council_consent', decidedOn: new Date('2026-06-10T00:00:00Z'), reference: 'Rat-2026/112' });
    await decide('tina@klein.de', material, { type: 'approve' });
    await file(toMobility(10_000n, 'Beschilderung'));
    await decide('lea@klein.de', await file({ amountCents: 50_000n, fromCode: 'KLI-01', toCode: 'KLI-02', reason: 'intern', effect: '0', effectNote: 'neutral' }), { type: 'approve' });
    await decide('max@klein.de', await file(toMobility(5_000n, 'Poller')), { type: 'withdraw' });
  };
  /** The command, with what it writes to standard output (the text formats go there without --out). */
  const run = async (...args: string[]) => {
    const written: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => written.push(Buffer.from(chunk).toString('utf8')) > 0);
    try {
      const result = await runOperatorCommand(['report', 'council-list', ...args], { DATABASE_URL: fixture.h.target.url, V2030_TENANT: 'klein' });
      return { ...result, stdout: result.stdout + written.join('') };
    } finally {
      write.mockRestore();
    }
  };

  it('prints the year’s über- and außerplanmäßige items with what the council is told or asked', async () => {
    await setUp();
    const result = await run('--year', '2026');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const out = result.stdout.replace(/\u00a0/g, ' ');
    expect(out).toContain('# Über- und außerplanmäßige Aufwendungen 2026 (§ 83 GO NRW) – Kleinstadt');
    expect(out).toContain('Erheblichkeitsgrenze 15.000,00 € (je Ziellinie und Jahr, darüber vorherige Zustimmung des Rates) · bewilligt insgesamt 15.000,00 € · 3 Vorgänge');
    const rows = out.split('\n').filter((line) => /^\| \d/.test(line));
    expect(rows.map((line) => line.split(' | ')[0])).toEqual(['| 1', '| 2', '| 3']);
    expect(rows[0]).toContain('| KLI | überplanmäßig | KLI-01 | MOB-01 Linie MOB-01 | 600,00 € | 600,00 € | Markierung Radweg | Verkehrssicherungspflicht |');
    expect(rows[0]).toContain('| Tina Kämmerin | freigegeben und gebucht | zur Kenntnis (unter der Erheblichkeitsgrenze) |');
    expect(rows[1]).toContain('| 14.400,00 € | 15.000,00 € |');
    expect(rows[1]).toContain('| Zustimmung vom 10.06.2026 (Rat-2026/112) |');
    expect(rows[2]).toContain('| wartet auf den Beschluss von Rat oder Ausschuss | Zustimmung steht aus |');
  }, 120_000);

  it('writes it as CSV for German spreadsheets', async () => {
    await setUp();
    const csv = await run('--year', '2026', '--format', 'csv');
    expect(csv.code).toBe(0);
    const lines = csv.stdout.split('\r\n');
    expect(lines[0]).toBe('\uFEFFÜber- und außerplanmäßige Aufwendungen 2026 (§ 83 GO NRW) – Kleinstadt');
    expect(lines).toContain('Nr.;Handlungsfeld;Art;Deckung aus Linie;Linie;Betrag;Kumuliert je Linie;Begründung;Unabweisbarkeit;Deckung;Beantragt am;Entschieden am;Entschieden von;Stand;Rat');
    expect(lines).toContain('2;KLI;überplanmäßig;KLI-01;MOB-01 Linie MOB-01;14400,00;15000,00;Radweg Lückenschluss;Verkehrssicherungspflicht;Einsparung in anderer Linie;15.06.2026;15.06.2026;Tina Kämmerin;freigegeben und gebucht;Zustimmung vom 10.06.2026 (Rat-2026/112)');
  }, 120_000);

  it('lists nothing for a year without items and refuses a year that is none', async () => {
    expect((await run('--year', '2025')).stdout).toContain('0 Vorgänge');
    const wrong = await run('--year', '26');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr + wrong.stdout).toContain('„26“ ist kein Haushaltsjahr. Beispiel: --year 2026');
  }, 120_000);
});
