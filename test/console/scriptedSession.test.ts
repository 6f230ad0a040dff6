import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/client';
import { resolveDatabaseTarget } from '../../src/db/databaseUrl';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);

/** Runs `v2030 <args>` as a newcomer would, on its own SQLite file, with `input` piped in. */
async function v2030(args: string[], databaseFile: string, input = '') {
  const child = run(process.execPath, [path.join(ROOT, 'bin', 'v2030.mjs'), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, DATABASE_URL: `file:${databaseFile}`, LANG: 'de_DE.UTF-8' },
  });
  child.child.stdin!.end(input);
  return child;
}

describe('a scripted console session on a fresh database', () => {
  const file = path.join(process.env.V2030_TEST_DIR!, 'console-e2e.db');
  afterAll(() => fs.rmSync(file, { force: true }));

  it('migrates, seeds the demo, answers each piped command and stores the changes', async () => {
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
    ].join('\n');
    const { stdout } = await v2030(['console'], file, `${script}\n`);
    const replies = stdout.split(/^\S+@\S+> /m).slice(1);
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
    }
  }, 60_000);

  it('keeps the data across restarts and does not seed twice', async () => {
    const { stdout } = await v2030(['seed'], file);
    expect(stdout).toContain('Die Demo-Kommune gibt es schon');
    const { stdout: people } = await v2030(['people'], file);
    expect(people).toContain('Musterstadt');
    expect(people.split('\n').filter((l) => l.includes('@musterstadt.de')).length).toBeGreaterThanOrEqual(20);
  }, 60_000);

  it('links chat accounts to people, refuses unknown people and taken accounts', async () => {
    const linked = await v2030(['link', 'slack', 'U0JONAS', 'Jonas.Becker@musterstadt.de'], file);
    expect(linked.stdout).toContain('slack-Konto U0JONAS ist jetzt mit Jonas Becker <jonas.becker@musterstadt.de> verknüpft.');
    const failure = await v2030(['link', 'slack', 'U0JONAS', 'miriam.schulte@musterstadt.de'], file).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining('--replace') });
    const typo = await v2030(['link', 'teams', 'aad-1', 'jonas.beker@musterstadt.de'], file).catch((e: { stderr: string }) => e);
    expect(typo).toMatchObject({ stderr: expect.stringContaining('Meinten Sie jonas.becker@musterstadt.de?') });
    const { stdout: people } = await v2030(['people'], file);
    expect(people.split('\n').find((l) => l.startsWith('jonas.becker@'))).toContain('slack:U0JONAS');
    const { stdout: migrate } = await v2030(['migrate'], file);
    expect(migrate).toContain('keine Migration ausstehend');
    const { stdout: help } = await v2030(['link', '--help'], file);
    expect(help).toContain('Usage: v2030 link [options] <platform> <platform-user-id> <email>');
  }, 60_000);

  it('shows schedules, runs the digest on demand and shows the outbox', async () => {
    const { stdout: jobs } = await v2030(['jobs'], file);
    expect(jobs).toMatch(/demo\s+digest\s+0 12 \* \* 5 \(Europe\/Berlin\)/);
    const { stdout: run } = await v2030(['run', 'digest'], file);
    expect(run).toMatch(/digest: 0 Beiträge in der Warteschlange \(Lauf manual:/);
    const { stdout: afterRun } = await v2030(['jobs'], file);
    expect(afterRun).toMatch(/manual:\S+ done/);
    expect((await v2030(['outbox'], file)).stdout).toContain('Alle Beiträge sind zugestellt.');
    const gap = await v2030(['schedule', 'digest', '30 2 * * 5'], file).catch((e: { code: number; stderr: string }) => e);
    expect(gap).toMatchObject({ code: 1, stderr: expect.stringContaining('02:00 bis 02:59') });
    expect((await v2030(['schedule', 'digest', '0 9 * * 1'], file)).stdout).toContain('Zeitplan für digest in demo: 0 9 * * 1');
    expect((await v2030(['jobs'], file)).stdout).toMatch(/0 9 \* \* 1 \(Europe\/Berlin\)/);
    const retry = await v2030(['outbox', 'retry', 'nope'], file).catch((e: { code: number; stderr: string }) => e);
    expect(retry).toMatchObject({ code: 1, stderr: expect.stringContaining('Einen Beitrag nope gibt es nicht') });
  }, 60_000);

  it('stops with a clear message when the configuration is wrong', async () => {
    const child = run(process.execPath, [path.join(ROOT, 'bin', 'v2030.mjs'), 'people'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, DATABASE_URL: 'mysql://nope', PORT: 'abc' },
    });
    const failure = await child.then(() => undefined, (error: { code: number; stderr: string }) => error);
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain('PORT');
    expect(failure?.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
