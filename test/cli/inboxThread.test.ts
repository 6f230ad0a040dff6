import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPlatformStores } from '../../src/platform/stores';
import { startInboxThread, type InboxThread } from '../../adapters/cli/inboxThread';
import { startHttpServer } from '../../adapters/http/server';
import { createTeamsAdapter, type TeamsAdapter } from '../../adapters/teams';
import { createBot } from '../../src/bot/bot';
import { systemClock } from '../../src/clock';
import { loadConfig } from '../../src/config/env';
import { createLogger } from '../../src/logger';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';
import { seedSmallTown } from '../support/fixtures';
import { waitFor } from '../support/waitFor';
import { KLEIN_TEAMS_TENANT, personalMessage, teamsUser } from '../teams/support/activities';
import { startFakeConnector, type FakeConnector } from '../teams/support/fakeConnector';

const logger = createLogger('silent');
/** The thread runs at a lower priority (nice 10): on a machine kept busy it may wait long for a core. */
const HANG = 180_000;
const max = teamsUser('Max Mitglied');

/**
 * The listener's saturation as the test says it is: measured, it depends on the machine (on a
 * starved CPU a busy event loop can look idle); test/inbox/saturationWatch.test.ts checks the measuring.
 */
function saturationSwitch() {
  let report: (saturated: boolean) => void = () => undefined;
  let saturated = false;
  return {
    watch: ({ onChange }: { onChange: (saturated: boolean) => void }) => ((report = onChange), { saturated: () => saturated, stop: () => undefined }),
    set: (value: boolean) => report((saturated = value)),
  };
}

describe.each(providers)('the inbox thread, as `v2030 start` runs it (%s)', (provider) => {
  let dbh: TestDatabase;
  let connector: FakeConnector;
  let thread: InboxThread;
  let teams: TeamsAdapter;
  let server: Awaited<ReturnType<typeof startHttpServer>>;
  let listener: ReturnType<typeof saturationSwitch>;
  const post = (text: string, id: string) =>
    fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(personalMessage(text, { serviceUrl: connector.url, user: max, id })) });
  const answerTo = (id: string) => connector.messages().find((m) => m.activityId === id);
  const row = (id: string) => dbh.db.inboundRequest.findFirstOrThrow({ where: { deliveryKey: { endsWith: `|${id}` } } });

  beforeEach(async () => {
    dbh = await freshDatabase(provider);
    const town = await seedSmallTown(dbh.db, new Date());
    await dbh.db.platformBinding.create({ data: { tenantId: town.tenant.id, platform: 'teams', externalId: KLEIN_TEAMS_TENANT } });
    await dbh.db.platformIdentity.create({ data: { tenantId: town.tenant.id, personId: town.max.id, platform: 'teams', externalUserId: max.aadObjectId } });
    connector = await startFakeConnector();
    const env = { V2030_TENANT: 'klein', TEAMS_ALLOW_UNAUTHENTICATED: 'true', DATABASE_URL: dbh.target.url, LOG_LEVEL: 'silent' };
    listener = saturationSwitch();
    thread = await startInboxThread({ env, logger, watch: listener.watch });
    teams = createTeamsAdapter({ bot: createBot({ db: dbh.db, clock: systemClock, logger }), stores: createPlatformStores(dbh.db, systemClock), config: loadConfig(env), logger, clock: systemClock, inbox: { worker: false, onStored: () => thread.wake() } });
    server = await startHttpServer({ port: 0, host: '127.0.0.1', stores: createPlatformStores(dbh.db, systemClock), logger, mounts: [teams.inbound.routes] });
  });

  afterEach(async () => {
    await server?.close();
    await thread?.stop();
    await teams?.inbound.stop();
    await connector?.close();
    await dbh?.drop();
  });

  it('answers a stored message from its own thread, and while the listener is saturated leaves young ones until it is free', async () => {
    expect((await post('hilfe', 'idle-1')).status).toBe(200);
    await waitFor(() => answerTo('idle-1') !== undefined, 'the thread answers', HANG);
    expect(JSON.stringify(answerTo('idle-1')!.body)).toContain('fortschritt');

    listener.set(true);
    try {
      // Once drained, the thread has taken the news (messages arrive in order) and no look at the
      // inbox it began before is still under way: from here on it defers.
      await thread.drained();
      expect((await post('meine', 'busy-1')).status).toBe(200);
      // Young however long this machine takes: requests older than 30 s are taken even under load.
      await dbh.db.inboundRequest.updateMany({ where: { deliveryKey: { endsWith: '|busy-1' } }, data: { receivedAt: new Date(Date.now() + 3_600_000) } });
      // A request stored before (older than 30 s) is taken even now: once it is answered, the
      // thread has looked at the inbox since busy-1 was stored, and left busy-1 for later.
      expect((await post('hilfe', 'old-1')).status).toBe(200);
      await dbh.db.inboundRequest.updateMany({ where: { deliveryKey: { endsWith: '|old-1' } }, data: { receivedAt: new Date(Date.now() - 60_000) } });
      await waitFor(() => answerTo('old-1') !== undefined, 'the old request answered under load', HANG);
      expect(answerTo('busy-1')).toBeUndefined();
      expect(await row('busy-1')).toMatchObject({ status: 'pending', attempts: 0 });
    } finally {
      listener.set(false);
    }
    await waitFor(() => answerTo('busy-1') !== undefined, 'the young request answered after the load', HANG);
    expect(JSON.stringify(answerTo('busy-1')!.body)).toContain('M-1');
    await waitFor(async () => (await dbh.db.inboundRequest.count({ where: { status: 'done' } })) === 3, 'all three marked done', HANG);
  }, 4 * HANG);
});
