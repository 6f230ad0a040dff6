import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/bot/bot';
import { message, type Block } from '../../src/messages/model';
import { providers } from '../support/databases';
import { startHarness, TEAM, U, type Harness } from './harness';
import { slashCommandBody } from './payloads';

async function waitFor(check: () => boolean, ms = 3000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const SLOW_MS = 400;

describe.each(providers)('Slack acknowledgement within 3 seconds (%s)', (provider) => {
  let h: Harness;
  beforeAll(async () => {
    const slow = (bot: Bot): Bot => ({
      ...bot,
      handleText: async (request) => {
        if (request.text === 'lang') {
          const blocks: Block[] = Array.from({ length: 120 }, (_, i) => ({ type: 'text', text: `Zeile ${i}` }));
          return message('Lange Antwort', blocks);
        }
        await new Promise((r) => setTimeout(r, SLOW_MS));
        return bot.handleText(request);
      },
    });
    h = await startHarness(provider, { ackDeadlineMs: 100, wrapBot: slow });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('acknowledges a slow command at the deadline and answers through response_url', async () => {
    const url = h.slack.responseUrl('slow-1');
    const res = await h.post(slashCommandBody({ team: TEAM, user: U.max }, 'fortschritt M-1 65', url));
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(res.ms).toBeLessThan(SLOW_MS);
    await waitFor(() => h.slack.callsOf('response_url').some((c) => c.args.url === '/response/slow-1'));
    const reply = h.slack.callsOf('response_url').find((c) => c.args.url === '/response/slow-1')!;
    expect(reply.args).toMatchObject({ response_type: 'ephemeral' });
    expect(String(reply.args.text)).toContain('65 %');
    expect((await h.dbh.db.measure.findFirstOrThrow({ where: { code: 'M-1' } })).progress).toBe(65);
  });

  it('sends a reply of more than 50 blocks as the ack plus pages through response_url', async () => {
    const res = await h.post(slashCommandBody({ team: TEAM, user: U.max }, 'lang', h.slack.responseUrl('long-1')));
    const first = res.json() as { blocks: unknown[] };
    expect(first.blocks.length).toBeLessThanOrEqual(50);
    await waitFor(() => h.slack.callsOf('response_url').filter((c) => c.args.url === '/response/long-1').length === 2);
    const pages = [first, ...h.slack.callsOf('response_url').filter((c) => c.args.url === '/response/long-1').map((c) => c.args as { blocks: unknown[] })];
    for (const page of pages) expect(page.blocks.length).toBeLessThanOrEqual(50);
    const all = JSON.stringify(pages.map((p) => p.blocks));
    for (let i = 0; i < 120; i++) expect(all).toContain(`"Zeile ${i}"`);
  });
});
