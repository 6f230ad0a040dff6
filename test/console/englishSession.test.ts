import { describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/client';
import { resolveDatabaseTarget } from '../../src/db/databaseUrl';
import { runConsoleProcess } from '../support/consoleProcess';

describe('the console with an English terminal (LANG=en_US.UTF-8)', () => {
  it('answers in English, errors and help included, until the person chooses German', async () => {
    const script = ['help', 'mine', 'progress M-12 70 on-track offer received', 'kpi CO2-1 1.500', 'dance', 'sprache de', 'meine', 'tanzen'];
    const { replies, file, remove } = await runConsoleProcess(script, 'en_US.UTF-8');
    expect(replies).toHaveLength(8);
    expect(replies[0]).toContain('Verwaltung 2.030 commands');
    expect(replies[1]).toContain('My measures');
    expect(replies[2]).toContain('Saved: M-12 "Kommunale Wärmeplanung" is now at 70 % (on track).');
    expect(replies[3]).toContain('is ambiguous');
    expect(replies[4]).toContain('I don’t know the command “dance”.');
    expect(replies[5]).toContain('Ich antworte Ihnen ab jetzt auf Deutsch');
    expect(replies[6]).toContain('Meine Maßnahmen');
    expect(replies[7]).toContain('Den Befehl „tanzen“ kenne ich nicht.');

    const db = createDb(resolveDatabaseTarget(`file:${file}`));
    try {
      expect((await db.person.findFirstOrThrow({ where: { email: 'jonas.becker@musterstadt.de' } })).locale).toBe('de');
    } finally {
      await db.$disconnect();
      remove();
    }
  }, 180_000);
});
