import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { providers } from '../support/databases';
import { waitFor } from '../support/waitFor';
import { startHarness, TEAM, U, type Harness, type SlackReply } from './harness';
import { slashCommandBody } from './payloads';

const allText = (reply: SlackReply) => JSON.stringify(reply.blocks);

/** Max set Slack to English (users.info with include_locale answers en-US); signed requests into Bolt against the fake slack.com. */
describe.each(providers)('Slack in the user’s Slack language (%s)', (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(provider, { slackUsers: { [U.max]: { email: 'max@klein.de', locale: 'en-US' }, [U.lea]: { email: 'lea@klein.de', locale: 'de-DE' } } });
  });
  afterEach(async () => h?.close());

  it('answers commands, errors and forms in English, asks Slack once, and follows `sprache de` afterwards', async () => {
    expect(allText((await h.command(U.max, 'meine')).reply)).toContain('My measures');
    expect((await h.command(U.max, 'fortschritt M-1 150')).reply.text).toContain('is not between 0 and 100');
    expect((await h.command(U.lea, 'mine')).reply.text).toContain('Maßnahmen');

    await h.post(slashCommandBody({ team: TEAM, user: U.max }, 'progress', h.slack.responseUrl('form')));
    await waitFor(() => h.slack.callsOf('views.open').length === 1, 'the modal opened');
    const modal = JSON.stringify(h.slack.callsOf('views.open')[0]!.args.view);
    expect(modal).toContain('Log progress');
    expect(modal).toContain('Please choose');

    const lookups = h.slack.callsOf('users.info').filter((c) => c.args.user === U.max);
    expect(lookups).toHaveLength(1);
    expect(String(lookups[0]!.args.include_locale)).toBe('true');

    expect((await h.command(U.max, 'sprache de')).reply.text).toContain('Ich antworte Ihnen ab jetzt auf Deutsch');
    expect(allText((await h.command(U.max, 'mine')).reply)).toContain('Meine Maßnahmen');
  });
});
