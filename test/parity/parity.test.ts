import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { translator } from '../../src/i18n';
import { createLogger } from '../../src/logger';
import { createDeliveryWorker } from '../../src/outbox/deliveryWorker';
import { enqueueDirect, enqueueReply, enqueueUpdate } from '../../src/outbox/enqueue';
import type { ChatPlatform } from '../../src/platform/chatPlatform';
import { providers } from '../support/databases';
import { NOW } from '../teams/support/harness';
import { EXPECTED } from './expected';
import { runConsole, runSlack, runTeams, type Run } from './runners';
import { SCRIPT } from './script';
import { snapshot, type Snapshot } from './snapshot';

/**
 * Issue 4's parity test: the same command script through the console, Slack (signed slash commands
 * over HTTP, answered via response_url) and Teams (activities into the CloudAdapter), each on its own
 * database seeded identically at the same fixed instant; afterwards the databases must be equal.
 * Each adapter is driven as the one ChatPlatform it implements: its inbound endpoint takes the script
 * (the console's input loop, Slack's and Teams' routes on the real HTTP server), its outgoing port
 * delivers the outbox's direct message, update and reply.
 */
const PLATFORMS = ['console', 'slack', 'teams'] as const;
type Platform = (typeof PLATFORMS)[number];

/** The reply's first line without the console's tone mark: the sentence every platform must show. */
const headline = (reply: string) => reply.split('\n')[0]!.replace(/^[✔⚠✖•] /, '').trim();

describe.each(providers)('parity of console, Slack and Teams (%s)', (provider) => {
  const runs = {} as Record<Platform, Run>;
  const snapshots = {} as Record<Platform, Snapshot>;
  beforeAll(async () => {
    const [console_, slack, teams] = await Promise.all([runConsole(provider, SCRIPT, NOW), runSlack(provider, SCRIPT), runTeams(provider, SCRIPT)]);
    Object.assign(runs, { console: console_, slack, teams });
    for (const platform of PLATFORMS) snapshots[platform] = await snapshot(runs[platform].db);
  });
  afterAll(async () => {
    await Promise.all(Object.values(runs).map((run) => run.close()));
  });

  it('answers every line on every platform, with the same headline', () => {
    for (const platform of PLATFORMS) expect(runs[platform].replies, platform).toHaveLength(SCRIPT.length);
    SCRIPT.forEach((line, i) => {
      const expected = headline(runs.console.replies[i]!);
      expect(expected, line.text).not.toBe('');
      expect(runs.slack.replies[i], `Slack: ${line.text}`).toContain(expected);
      expect(runs.teams.replies[i], `Teams: ${line.text}`).toContain(expected);
    });
  });

  it('refuses the same lines with the same message on all three platforms', () => {
    const refused = SCRIPT.flatMap((line, i) => (line.refused ? [{ ...line, i, ...line.refused }] : []));
    expect(refused.map((r) => r.text)).toEqual(['kennzahl MOB-1 13 Q2/2026', 'fortschritt M-1 150', 'kennzahl CO2-1 1.500', 'fortschritt M-1 70']);
    for (const { text, i, locale, key, params } of refused) {
      const message = translator(locale)(key, params);
      for (const platform of PLATFORMS) expect(runs[platform].replies[i], `${platform}: ${text}`).toContain(message);
    }
    expect(runs.teams.replies[SCRIPT.findIndex((l) => l.text === 'kennzahl CO2-1 1.500')]).toContain('nicht eindeutig');
  });

  it('leaves the three databases equal', () => {
    expect(snapshots.slack).toEqual(snapshots.console);
    expect(snapshots.teams).toEqual(snapshots.console);
  });

  it('stores exactly the accepted lines’ effects', () => {
    for (const platform of PLATFORMS) expect(snapshots[platform], platform).toEqual(EXPECTED);
  });

  it('delivers a direct message, its update and a reply in its thread through every platform’s outgoing port', async () => {
    const platforms: ChatPlatform[] = PLATFORMS.map((p) => runs[p].platform);
    expect(platforms.map((p) => [p.name, p.outgoing.platform])).toEqual(PLATFORMS.map((p) => [p, p]));
    for (const name of PLATFORMS) {
      const run = runs[name];
      await run.reachMax();
      const clock = fixedClock(NOW);
      const worker = createDeliveryWorker({ db: run.db, clock, logger: createLogger('silent'), ports: [run.platform.outgoing] });
      const entry = (dedupeKey: string, text: string) => ({ tenantId: run.tenantId, kind: 'parity', dedupeKey, message: { summary: text, audience: 'user' as const, blocks: [{ type: 'text' as const, text }] } });
      await enqueueDirect(run.db, { ...entry('dm', 'Bitte Kennzahl CO2-1 prüfen'), platform: name, personId: run.maxId }, NOW);
      await enqueueUpdate(run.db, { ...entry('dm-update', 'Kennzahl CO2-1 geprüft'), refersTo: { dedupeKey: 'dm' } }, NOW);
      await enqueueReply(run.db, { ...entry('dm-reply', 'Danke für die Prüfung'), refersTo: { dedupeKey: 'dm' } }, NOW);
      for (let pass = 0; pass < 3; pass++) {
        clock.set(new Date(clock.now().getTime() + 5000));
        await worker.runOnce();
      }
      // All three were written at NOW: ordered by key, as creation times tie.
      const rows = await run.db.outboxMessage.findMany({ where: { kind: 'parity' }, orderBy: { dedupeKey: 'asc' } });
      expect(rows.map((r) => [r.dedupeKey, r.status, r.lastError]), name).toEqual([
        ['dm', 'sent', null],
        ['dm-reply', 'sent', null],
        ['dm-update', 'sent', null],
      ]);
      for (const text of ['Bitte Kennzahl CO2-1 prüfen', 'Kennzahl CO2-1 geprüft', 'Danke für die Prüfung']) expect(run.outgoing(), `${name}: ${text}`).toContain(text);
    }
  });
});
