import { describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/client';
import { resolveDatabaseTarget } from '../../src/db/databaseUrl';
import { runConsoleProcess } from '../support/consoleProcess';

/**
 * `v2030` as a process, as a newcomer runs it, with its input piped in. The other operator commands
 * are tested in-process (test/cli/operatorCommands.test.ts).
 */
describe('the v2030 process', () => {
  it('migrates a fresh database, seeds the demo, answers each piped command and stores the changes', async () => {
    const script = [
      'hilfe',
      'meine',
      'massnahme M-12',
      'fortschritt M-12 65 gefaehrdet Lieferverzug beim Dämmstoff',
      'fortschritt M-12 150',
      'kennzahl CO2-1 5,9 2025 vorläufiger Wert',
      'kennzahl CO2-1 1.500',
      'massnahme M-121',
      'tanzen',
    ];
    const { replies, file, remove } = await runConsoleProcess(script, 'de_DE.UTF-8');
    expect(replies).toHaveLength(9);
    expect(replies[0]).toContain('Befehle von Verwaltung 2.030');
    expect(replies[1]).toContain('Meine Maßnahmen');
    expect(replies[2]).toMatch(/^massnahme M-12\n\nM-12 · /);
    expect(replies[3]).toContain('steht jetzt bei 65 % (gefährdet)');
    expect(replies[4]).toMatch(/150/);
    expect(replies[5]).toMatch(/CO2-1 .* 2025 = 5,9/);
    expect(replies[6]).toContain('nicht eindeutig');
    expect(replies[7]).toContain('Meinten Sie M-12?');
    expect(replies[8]).toContain('„tanzen“');

    const db = createDb(resolveDatabaseTarget(`file:${file}`));
    try {
      const measure = await db.measure.findFirstOrThrow({ where: { code: 'M-12' } });
      expect(measure).toMatchObject({ progress: 65, status: 'at_risk' });
      const value = await db.kpiValue.findFirstOrThrow({ where: { period: '2025', kpi: { code: 'CO2-1' } } });
      expect(value.value.toString()).toBe('5.9');
      expect(await db.auditLog.count({ where: { requestId: { not: null } } })).toBe(2);
    } finally {
      await db.$disconnect();
      remove();
    }
  }, 180_000);
});
