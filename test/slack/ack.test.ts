import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/bot/bot';
import { message, type Block } from '../../src/messages/model';
import { Prisma } from '../../src/db/client';
import { providers } from '../support/databases';
import { startHarness, TEAM, U, type Harness } from './harness';
import { slashCommandBody } from './payloads';

describe.each(providers)('Slack acknowledgement before the work (%s)', (provider) => {
  let h: Harness;
  let release: () => void;
  beforeEach(async () => {
    // The core works on a command only once the test lets it: whatever it sees before, came first.
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gated = (bot: Bot): Bot => ({
      ...bot,
      handleText: async (request) => {
        await gate;
        if (request.text === 'lang') {
          const blocks: Block[] = Array.from({ length: 120 }, (_, i) => ({ type: 'text', text: `Zeile ${i}` }));
          return message('Lange Antwort', blocks);
        }
        return bot.handleText(request);
      },
    });
    h = await startHarness(provider, { ackDeadlineMs: 100, wrapBot: gated });
  });
  afterEach(async () => {
    release();
    await h?.close();
  });

  it('acknowledges a command before the core worked on it (stored in the inbox) and answers through response_url', async () => {
    const res = await h.post(slashCommandBody({ team: TEAM, user: U.max }, 'fortschritt M-1 65', h.slack.responseUrl('slow-1')));
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    // Acknowledged means stored: the inbox row exists when the ack arrives, and nothing is booked yet.
    expect(await h.dbh.db.inboundRequest.count({ where: { platform: 'slack', payload: { not: Prisma.DbNull } } })).toBe(1);
    expect((await h.dbh.db.measure.findFirstOrThrow({ where: { code: 'M-1' } })).progress).toBe(40);
    expect(h.slack.callsOf('response_url')).toHaveLength(0);
    release();
    const [reply] = await h.responses('slow-1');
    expect(reply).toMatchObject({ response_type: 'ephemeral' });
    expect(String(reply!.text)).toContain('65 %');
    expect((await h.dbh.db.measure.findFirstOrThrow({ where: { code: 'M-1' } })).progress).toBe(65);
  });

  it('sends a reply of more than 50 blocks as pages through response_url', async () => {
    const res = await h.post(slashCommandBody({ team: TEAM, user: U.max }, 'lang', h.slack.responseUrl('long-1')));
    expect(res.text).toBe('');
    release();
    const pages = await h.responses('long-1', 3);
    expect(pages).toHaveLength(3);
    for (const page of pages) expect(page.blocks.length).toBeLessThanOrEqual(50);
    const all = JSON.stringify(pages.map((p) => p.blocks));
    for (let i = 0; i < 120; i++) expect(all).toContain(`"Zeile ${i}"`);
  });
});
