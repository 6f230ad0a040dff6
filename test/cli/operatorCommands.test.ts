import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seedDemo';
import { startFakeConnector } from '../teams/support/fakeConnector';
import { databaseTemplate, freshDatabase, providers, type DatabaseTemplate, type TestDatabase } from '../support/databases';
import { runOperatorCommand } from '../support/operatorCli';

describe.each(providers)('the operator command on a seeded demo municipality (%s)', (provider) => {
  // Seeding the demo takes seconds: seeded once, copied for each test.
  let demo: DatabaseTemplate;
  let h: TestDatabase;
  const v2030 = (...args: string[]) => runOperatorCommand(args, { DATABASE_URL: h.target.url });
  beforeAll(async () => {
    demo = await databaseTemplate(provider, (db) => seedDemo(db, { now: new Date() }));
  });
  afterAll(async () => demo?.drop());
  beforeEach(async () => {
    h = await freshDatabase(provider, demo);
  });
  afterEach(async () => h.drop());

  it('does not seed twice and lists the people', async () => {
    expect(await v2030('seed')).toMatchObject({ code: 0, stdout: expect.stringContaining('Die Demo-Kommune gibt es schon') });
    const { stdout: people } = await v2030('people');
    expect(people).toContain('Musterstadt');
    expect(people.split('\n').filter((l) => l.includes('@musterstadt.de')).length).toBeGreaterThanOrEqual(20);
    expect(await v2030('migrate')).toMatchObject({ code: 0, stdout: expect.stringContaining('keine Migration ausstehend') });
  });

  it('links chat accounts to people, refuses unknown people and taken accounts', async () => {
    const linked = await v2030('link', 'slack', 'U0JONAS', 'Jonas.Becker@musterstadt.de');
    expect(linked.stdout).toContain('slack-Konto U0JONAS ist jetzt mit Jonas Becker <jonas.becker@musterstadt.de> verknüpft.');
    expect(await v2030('link', 'slack', 'U0JONAS', 'miriam.schulte@musterstadt.de')).toMatchObject({ code: 1, stderr: expect.stringContaining('--replace') });
    expect(await v2030('link', 'teams', 'aad-1', 'jonas.beker@musterstadt.de')).toMatchObject({ code: 1, stderr: expect.stringContaining('Meinten Sie jonas.becker@musterstadt.de?') });
    const { stdout: people } = await v2030('people');
    expect(people.split('\n').find((l) => l.startsWith('jonas.becker@'))).toContain('slack:U0JONAS');
    const help = await v2030('link', '--help');
    expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining('Aufruf: v2030 link [Optionen] <platform> <platform-user-id> <email>') });
  });

  it('shows schedules, runs the digest on demand and shows the outbox', async () => {
    expect((await v2030('jobs')).stdout).toMatch(/demo\s+digest\s+0 12 \* \* 5 \(Europe\/Berlin\)/);
    expect((await v2030('run', 'digest')).stdout).toMatch(/digest: 0 Beiträge in der Warteschlange \(Lauf manual:/);
    expect((await v2030('jobs')).stdout).toMatch(/manual:\S+ done/);
    expect((await v2030('outbox')).stdout).toContain('Alle Beiträge sind zugestellt.');
    expect(await v2030('schedule', 'digest', '30 2 * * 5')).toMatchObject({ code: 1, stderr: expect.stringContaining('02:00 bis 02:59') });
    expect((await v2030('schedule', 'digest', '0 9 * * 1')).stdout).toContain('Zeitplan für digest in demo: 0 9 * * 1');
    expect((await v2030('jobs')).stdout).toMatch(/0 9 \* \* 1 \(Europe\/Berlin\)/);
    expect(await v2030('outbox', 'retry', 'nope')).toMatchObject({ code: 1, stderr: expect.stringContaining('Einen Beitrag nope gibt es nicht') });
  });

  it('run digest posts through the platforms’ outgoing side only: a chat request in the inbox stays the bot’s', async () => {
    const connector = await startFakeConnector();
    try {
      const db = h.db;
      const tenant = await db.tenant.findUniqueOrThrow({ where: { slug: 'demo' } });
      const lead = await db.person.findFirstOrThrow({ where: { tenantId: tenant.id } });
      const channel = '19:digest-channel@thread.tacv2';
      await db.channelSubscription.create({ data: { tenantId: tenant.id, platform: 'teams', workspaceId: 'aad-demo', conversationId: channel, kind: 'digest', createdById: lead.id } });
      const reference = { channelId: 'msteams', serviceUrl: connector.url, bot: { id: '28:bot', name: 'v2030' }, conversation: { id: channel, conversationType: 'channel', tenantId: 'aad-demo', isGroup: true } };
      await db.conversationReference.create({ data: { tenantId: tenant.id, platform: 'teams', conversationId: channel, scope: 'channel', reference } });
      const waiting = await db.inboundRequest.create({ data: { tenantId: tenant.id, platform: 'teams', deliveryKey: 'conv|activity-1', payload: { activity: { type: 'message', text: 'meine' } } } });

      const run = await runOperatorCommand(['run', 'digest'], { DATABASE_URL: h.target.url, TEAMS_ALLOW_UNAUTHENTICATED: 'true' });
      expect(run).toMatchObject({ code: 0, stdout: expect.stringContaining('1 von 1 Beiträgen zugestellt.') });
      expect(connector.calls.filter((c) => c.kind === 'send').map((c) => c.conversationId)).toEqual([channel]);
      expect(await db.inboundRequest.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({ status: 'pending', attempts: 0, claimedBy: null });
    } finally {
      await connector.close();
    }
  });

  it('run digest without a configured platform says where the posts wait and who delivers them', async () => {
    const db = h.db;
    const tenant = await db.tenant.findUniqueOrThrow({ where: { slug: 'demo' } });
    const lead = await db.person.findFirstOrThrow({ where: { tenantId: tenant.id } });
    await db.channelSubscription.create({ data: { tenantId: tenant.id, platform: 'slack', workspaceId: 'T0DEMO', conversationId: 'C0DIGEST', kind: 'digest', createdById: lead.id } });
    const run = await v2030('run', 'digest');
    expect(run.stdout).toContain('digest: 1 Beiträge in der Warteschlange');
    expect(run.stdout).toContain('Die Beiträge warten in der Warteschlange („v2030 outbox“), bis ein Bot mit diesen Plattformen läuft („v2030 start“).');
    expect((await v2030('outbox')).stdout).toContain('slack:C0DIGEST');
  });
});

describe('the operator command with a wrong configuration', () => {
  it('stops with a clear message and exit code 2, without a stack trace', async () => {
    const failure = await runOperatorCommand(['people'], { DATABASE_URL: 'mysql://nope', PORT: 'abc' });
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain('PORT');
    expect(failure.stderr).not.toMatch(/\n\s+at /);
    expect(failure.stdout).toBe('');
  });
});
