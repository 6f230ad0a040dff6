import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInboxThread, type InboxThread } from '../../adapters/cli/inboxThread';
import { startHttpServer } from '../../adapters/http/server';
import { createTeamsAdapter, type TeamsAdapter } from '../../adapters/teams';
import { createBot } from '../../src/bot/bot';
import { systemClock } from '../../src/clock';
import { loadConfig } from '../../src/config/env';
import { createLogger } from '../../src/logger';
import { freshDatabase, type TestDatabase } from '../support/databases';
import { seedSmallTown } from '../support/fixtures';
import { KLEIN_TEAMS_TENANT, personalMessage, teamsUser } from '../teams/support/activities';
import { startFakeConnector, type FakeConnector } from '../teams/support/fakeConnector';

const logger = createLogger('silent');
const max = teamsUser('Max Mitglied');

async function until(check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Keeps this (the listener's) event loop about 99 % busy, in 15-ms slices, so timers and requests still run in between. */
function saturate(): () => void {
  let running = true;
  const slice = () => {
    const end = Date.now() + 15;
    while (Date.now() < end);
    if (running) setImmediate(slice);
  };
  setImmediate(slice);
  return () => {
    running = false;
  };
}

describe('the inbox thread (as `v2030 start` runs it)', () => {
  let dbh: TestDatabase;
  let connector: FakeConnector;
  let thread: InboxThread;
  let teams: TeamsAdapter;
  let server: Awaited<ReturnType<typeof startHttpServer>>;
  const post = (text: string, id: string) =>
    fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(personalMessage(text, { serviceUrl: connector.url, user: max, id })) });

  beforeAll(async () => {
    dbh = await freshDatabase('sqlite');
    const town = await seedSmallTown(dbh.db, new Date());
    await dbh.db.platformBinding.create({ data: { tenantId: town.tenant.id, platform: 'teams', externalId: KLEIN_TEAMS_TENANT } });
    await dbh.db.platformIdentity.create({ data: { tenantId: town.tenant.id, personId: town.max.id, platform: 'teams', externalUserId: max.aadObjectId } });
    connector = await startFakeConnector();
    const env = { V2030_TENANT: 'klein', TEAMS_ALLOW_UNAUTHENTICATED: 'true', DATABASE_URL: dbh.target.url, LOG_LEVEL: 'silent' };
    thread = await startInboxThread({ env, logger });
    teams = createTeamsAdapter({ bot: createBot({ db: dbh.db, clock: systemClock, logger }), db: dbh.db, config: loadConfig(env), logger, clock: systemClock, inbox: { worker: false, onStored: () => thread.wake() } });
    server = await startHttpServer({ port: 0, host: '127.0.0.1', db: dbh.db, logger, mounts: [teams.mount] });
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await thread?.stop();
    await teams?.stop();
    await connector?.close();
    await dbh?.drop();
  });

  it('answers a stored message from its own thread, and while the listener is saturated leaves it until the load ends', async () => {
    expect((await post('hilfe', 'idle-1')).status).toBe(200);
    await until(() => connector.messages().length === 1);
    expect(JSON.stringify(connector.messages()[0]!.body)).toContain('fortschritt');

    const stop = saturate();
    try {
      await new Promise((r) => setTimeout(r, 800)); // more than one 250-ms sample at ~99 %
      expect((await post('meine', 'busy-1')).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1500));
      expect(connector.messages()).toHaveLength(1);
      expect(await dbh.db.inboundRequest.findFirstOrThrow({ where: { deliveryKey: { contains: 'busy-1' } } })).toMatchObject({ status: 'pending', attempts: 0 });
    } finally {
      stop();
    }
    await until(() => connector.messages().length === 2);
    expect(JSON.stringify(connector.messages()[1]!.body)).toContain('M-1');
    await until(async () => (await dbh.db.inboundRequest.count({ where: { status: 'done' } })) === 2);
  }, 30_000);
});
