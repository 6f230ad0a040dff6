import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VERB_BUTTON } from '../../adapters/teams/cardRenderer';
import { providers } from '../support/databases';
import { cardAction, personalMessage } from './support/activities';
import { cardsOf, cardText, startHarness, type Harness } from './support/harness';

/** Activities from a Teams client set to English, through the real CloudAdapter against the fake Bot Connector. */
describe.each(providers)('Teams in the client’s language (%s)', (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(provider);
  });
  afterEach(async () => h?.close());

  const say = async (text: string, locale: string) => {
    expect((await h.post(personalMessage(text, { serviceUrl: h.connector.url, user: h.users.max, locale }))).status).toBe(200);
    const replies = h.connector.messages();
    h.connector.clear();
    return replies.map((r) => cardsOf(r.body).map(cardText).join('\n')).join('\n');
  };

  it('answers an en-US client in English (commands, errors, forms) until the person chooses German', async () => {
    expect(await say('mine', 'en-US')).toContain('My measures');
    expect(await say('fortschritt M-1 150', 'en-US')).toContain('is not between 0 and 100');
    const form = await h.post(cardAction(VERB_BUTTON, { action: 'measure.logProgress', value: 'M-1' }, { serviceUrl: h.connector.url, user: h.users.max, locale: 'en-US' }));
    expect(cardText((form.body as { value: never }).value)).toContain('Log progress');
    expect(await say('meine', 'de-DE')).toContain('Meine Maßnahmen');

    expect(await say('sprache de', 'en-US')).toContain('Ich antworte Ihnen ab jetzt auf Deutsch');
    expect((await h.database.db.person.findUniqueOrThrow({ where: { id: h.town.max.id } })).locale).toBe('de');
    expect(await say('mine', 'en-US')).toContain('Meine Maßnahmen');
  });
});
