import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot/bot';
import { fixedClock } from '../../src/clock';
import { createDb } from '../../src/db/client';
import { resolveDatabaseTarget } from '../../src/db/databaseUrl';
import { createLogger } from '../../src/logger';
import { providers } from '../support/databases';
import { waitFor } from '../support/waitFor';
import { NOW, startHarness, TEAM, U, type Harness } from './harness';
import { slashCommandBody } from './payloads';

/** Nothing listens on port 1: every query fails at once as "database server not reachable". */
const unreachable = createDb(resolveDatabaseTarget('postgresql://v2030:none@127.0.0.1:1/v2030'));
const LONG_AGO = new Date(Date.now() - 10 * 60_000);

/**
 * A command stored while the database is unreachable: the worker tries it again instead of answering
 * "Entschuldigung … versuchen Sie es noch einmal" and then, a lease later, "Gespeichert" (issue 16 item 8).
 */
describe.each(providers)('Slack command during a database outage (%s)', (provider) => {
  let h: Harness;
  let down = true;
  beforeAll(async () => {
    h = await startHarness(provider, {
      wrapBot: (bot) => {
        const broken = createBot({ db: unreachable, clock: fixedClock(NOW), logger: createLogger('silent') });
        return { ...bot, handleText: (request) => (down ? broken : bot).handleText(request) };
      },
    });
  });
  afterEach(() => {
    down = true;
  });
  afterAll(async () => {
    await h?.close();
    await unreachable.$disconnect();
  });

  const send = async (text: string, responseId: string) => {
    const res = await h.post(slashCommandBody({ team: TEAM, user: U.max }, text, h.slack.responseUrl(responseId), `${responseId}.1.ab`));
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
  };
  const posts = (responseId: string) => h.slack.callsOf('response_url').filter((c) => c.args.url === `/response/${responseId}`).map((c) => String(c.args.text));
  const row = (responseId: string) => h.dbh.db.inboundRequest.findFirstOrThrow({ where: { deliveryKey: `command:${responseId}.1.ab` } });

  it('answers once, when booked after the outage, and never "please try again"', async () => {
    await send('fortschritt M-1 72 nach dem Ausfall', 'outage-1');
    await waitFor(async () => (await row('outage-1')).error !== null || posts('outage-1').length > 0, 'the first attempt failed or answered');
    // Before: the apology went out here, and the row was booked and answered again after the lease.
    expect(posts('outage-1')).toEqual([]);
    down = false;
    // The lease of the failed attempt runs out (60 s in production).
    await h.dbh.db.inboundRequest.updateMany({ where: { id: (await row('outage-1')).id }, data: { claimedAt: LONG_AGO } });
    await h.responses('outage-1');
    await h.adapter.inbound.settled();
    expect(posts('outage-1')).toHaveLength(1);
    expect(posts('outage-1')[0]).toContain('72 %');
    expect((await row('outage-1')).status).toBe('done');
    expect(await h.dbh.db.measureProgress.count({ where: { note: 'nach dem Ausfall' } })).toBe(1);
  });

  it('apologises on the last attempt, when nothing will be booked any more', async () => {
    await send('fortschritt M-1 73', 'outage-2');
    for (let attempt = 1; attempt < 5; attempt++) {
      await waitFor(async () => (await row('outage-2')).attempts === attempt && (await row('outage-2')).error !== null, `attempt ${attempt} failed`);
      expect(posts('outage-2')).toEqual([]);
      await h.dbh.db.inboundRequest.updateMany({ where: { id: (await row('outage-2')).id }, data: { claimedAt: LONG_AGO, error: null } });
    }
    const [apology] = await h.responses('outage-2');
    expect(apology!.text).toContain('Entschuldigung');
    await waitFor(async () => (await row('outage-2')).status === 'done', 'the request answered and closed');
    expect(posts('outage-2')).toHaveLength(1);
  });
});
