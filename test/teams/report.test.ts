import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEAMS_LIMITS } from '../../adapters/teams/outgoingPort';
import { createDeliveryWorker } from '../../src/outbox/deliveryWorker';
import { createReportJob } from '../../src/reports/inYear/reportJob';
import { createScheduler } from '../../src/scheduler/scheduler';
import { providers } from '../support/databases';
import { capturingLogger } from '../support/logs';
import { addReportFigures } from '../reports/reportTown';
import { channelMessage, CHANNEL_ID } from './support/activities';
import { cardsOf, cardText, startHarness, type Harness } from './support/harness';

const PUBLIC_URL = 'https://bot.example.de';
const PNG_SIGNATURE = '89504e470d0a1a0a';

describe.each(providers)('the scheduled in-year report in a Teams channel (%s)', (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(provider, { env: { V2030_PUBLIC_URL: PUBLIC_URL } });
  });
  afterEach(async () => h?.close());

  it('arrives on `v2030 run report` in the channel subscribed with `abo bericht`, with its charts as images in the cards', async () => {
    await addReportFigures(h.database.db, h.town);
    expect((await h.post(channelMessage('abo bericht KLI', { serviceUrl: h.connector.url, user: h.users.lea }))).status).toBe(200);
    expect(cardText(cardsOf(h.connector.messages().at(-1)!.body))).toBe('Dieser Kanal bekommt jetzt den unterjährigen Bericht für Klima.');
    const before = h.connector.messages().length;

    h.clock.set(new Date('2026-10-20T07:00:00Z'));
    const logger = capturingLogger().logger;
    await createScheduler({ db: h.database.db, clock: h.clock, logger, jobs: [createReportJob([{ platform: 'teams', limits: TEAMS_LIMITS }])], workerId: 'w' }).runNow('report', 'klein');
    const worker = createDeliveryWorker({ db: h.database.db, clock: h.clock, logger, ports: [h.teams.outgoing] });
    // Until every post is delivered; a post the worker gave up on fails the test instead of looping.
    for (let round = 0; round < 60 && (await h.database.db.outboxMessage.count({ where: { status: { in: ['pending', 'sending'] } } })) > 0; round++) {
      h.clock.set(new Date(h.clock.now().getTime() + 2000));
      await worker.runOnce();
    }
    expect(await h.database.db.outboxMessage.groupBy({ by: ['status'], _count: true })).toEqual([{ status: 'sent', _count: expect.any(Number) }]);

    const posts = h.connector.messages().slice(before);
    expect(posts.length).toBeGreaterThanOrEqual(2);
    expect(posts.every((p) => p.conversationId.startsWith(CHANNEL_ID))).toBe(true);
    const text = posts.map((p) => cardText(cardsOf(p.body))).join('\n');
    expect(text).toContain('Unterjähriger Bericht Q3/2026 – Kleinstadt');
    expect(text).toContain('Klima');
    const images = JSON.stringify(posts.map((p) => cardsOf(p.body))).match(/"type":"Image","url":"[^"]+"/g) ?? [];
    expect(images).toHaveLength(3); // budget execution, CO2-1, MOB-1
    expect(images.some((i) => i.includes(`"url":"${PUBLIC_URL}/images/`))).toBe(true); // the budget chart is larger than a card takes
    for (const image of images) {
      const url = /"url":"([^"]+)"/.exec(image)![1]!;
      let png: Buffer;
      if (url.startsWith('data:')) {
        expect(url.startsWith('data:image/png;base64,')).toBe(true);
        png = Buffer.from(url.slice('data:image/png;base64,'.length), 'base64');
      } else {
        // Too large for the card: linked from the bot's public address, served by its HTTP server.
        expect(url).toMatch(new RegExp(`^${PUBLIC_URL}/images/[A-Za-z0-9_-]{43}$`));
        const served = await fetch(`${h.server.url}${new URL(url).pathname}`);
        expect(served.status).toBe(200);
        expect(served.headers.get('content-type')).toBe('image/png');
        png = Buffer.from(await served.arrayBuffer());
      }
      expect(png.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([800, 400]);
    }
    expect((await fetch(`${h.server.url}/images/${'x'.repeat(43)}`)).status).toBe(404);
  });
});
