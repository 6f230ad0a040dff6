import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VERB_BUTTON, VERB_SUBMIT_FORM } from '../../adapters/teams/cardRenderer';
import { translator } from '../../src/i18n';
import { providers } from '../support/databases';
import { waitFor } from '../support/waitFor';
import { cardAction, channelMessage, conversationUpdate, installationUpdate, personalMessage, TEAM_ID, CHANNEL_ID, UNKNOWN_TEAMS_TENANT, personalConversationId } from './support/activities';
import { cardsOf, cardText, startHarness, type Harness } from './support/harness';

type Card = { body: Record<string, unknown>[] };

describe.each(providers)('Teams adapter over HTTP (%s)', (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(provider);
  });
  afterEach(async () => h?.close());

  const say = async (text: string, user = h.users.max, extra: { id?: string; tenantId?: string; locale?: string } = {}) => {
    const response = await h.post(personalMessage(text, { serviceUrl: h.connector.url, user, ...extra }));
    expect(response.status).toBe(200);
    const replies = h.connector.messages();
    h.connector.clear();
    return { replies, text: replies.map((r) => cardsOf(r.body).map(cardText).join('\n')).join('\n'), cards: replies.flatMap((r) => cardsOf(r.body)) as Card[] };
  };
  const invoke = async (verb: string, data: Record<string, unknown>, user = h.users.max) => {
    const response = await h.post(cardAction(verb, data, { serviceUrl: h.connector.url, user }));
    expect(response.status).toBe(200);
    const body = response.body as { statusCode: number; type: string; value: Card };
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    return { card: body.value, text: cardText(body.value) };
  };
  const measure = (code: string) => h.database.db.measure.findFirstOrThrow({ where: { code } });
  const progressRows = () => h.database.db.measureProgress.count();

  it('hilfe: lists the commands on an Adaptive Card 1.5 in the personal chat', async () => {
    const { replies, text, cards } = await say('hilfe');
    expect(replies).toHaveLength(1);
    expect(cards[0]).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(text).toContain('Befehle von Verwaltung 2.030');
    expect(text).toContain('fortschritt');
    expect(replies[0]!.conversationId).toBe(personalConversationId(h.users.max));
  });

  it('meine: shows the user’s measures', async () => {
    const { text } = await say('meine');
    expect(text).toContain('M-1');
  });

  it('a text message is stored in the durable inbox, acknowledged, and answered by the inbox worker', async () => {
    const activity = personalMessage('meine', { serviceUrl: h.connector.url, user: h.users.max, id: 'inbox-1' });
    const response = await h.post(activity);
    expect(response.status).toBe(200);
    const rows = await h.database.db.inboundRequest.findMany({ where: { platform: 'teams' } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tenantId: h.town.tenant.id, deliveryKey: `${personalConversationId(h.users.max)}|inbox-1`, status: 'done' });
    const [reply] = h.connector.messages();
    expect(reply).toMatchObject({ kind: 'reply', conversationId: personalConversationId(h.users.max), activityId: 'inbox-1' });
    expect(cardText(cardsOf(reply!.body))).toContain('M-1');
  });

  it('maßnahme: shows a measure with facts and a progress button (Action.Execute)', async () => {
    const { cards, text } = await say('maßnahme M-1');
    expect(text).toContain('Dämmung Rathaus');
    const json = JSON.stringify(cards[0]);
    expect(json).toContain('"FactSet"');
    expect(json).toContain(`"verb":"${VERB_BUTTON}"`);
    expect(json).toContain('"action":"measure.logProgress","value":"M-1"');
  });

  it('fortschritt with arguments: saves progress, audited', async () => {
    const { text } = await say('fortschritt M-1 60 im-plan Ausschreibung raus');
    expect(text).toContain('M-1');
    expect((await measure('M-1')).progress).toBe(60);
    expect(await progressRows()).toBe(1);
    expect(await h.database.db.auditLog.count({ where: { action: 'measure.progress_logged' } })).toBe(1);
  });

  it('kennzahl with arguments: records a KPI value', async () => {
    await say('kennzahl CO2-1 6,9 2025');
    const value = await h.database.db.kpiValue.findFirstOrThrow({ where: { kpi: { code: 'CO2-1' } } });
    expect(value.period).toBe('2025');
    expect(value.value.toString()).toBe('6.9');
  });

  it('bad input: a localized hint, nothing changed', async () => {
    const { text } = await say('fortschritt M-1 150');
    expect(text).toMatch(/100/);
    expect((await measure('M-1')).progress).toBe(40);
    // English command words, answered in Max's language.
    const english = await say('progress M-1 abc', h.users.max);
    expect(english.text).toContain(translator('de')('parse:invalidPercent', { value: 'abc' }));
    expect(await progressRows()).toBe(0);
  });

  it('channel: strips the @mention and replies in the thread', async () => {
    const activity = channelMessage('fortschritt M-1 70', { serviceUrl: h.connector.url, user: h.users.max });
    expect((await h.post(activity)).status).toBe(200);
    const [reply] = h.connector.messages();
    expect(reply!.kind).toBe('reply');
    expect(reply!.conversationId).toBe(`${CHANNEL_ID};messageid=${activity.id}`);
    expect(reply!.activityId).toBe(activity.id);
    expect((await measure('M-1')).progress).toBe(70);
  });

  it('fortschritt alone answers with the form card (choice set of the user’s measures)', async () => {
    const { cards } = await say('fortschritt');
    const json = JSON.stringify(cards[0]);
    expect(json).toContain('"Input.ChoiceSet"');
    expect(json).toContain('"value":"M-1"');
    expect(json).toContain(`"verb":"${VERB_SUBMIT_FORM}"`);
    expect(json).toContain('"formId":"measure.logProgress"');
    const kpi = await say('kennzahl');
    expect(JSON.stringify(kpi.cards[0])).toContain('"formId":"kpi.recordValue"');
  });

  it('the measure card’s button opens the form prefilled', async () => {
    const { card } = await invoke(VERB_BUTTON, { action: 'measure.logProgress', value: 'M-1' });
    const choice = card.body.find((e) => e.id === 'f_measure');
    expect(choice).toMatchObject({ type: 'Input.ChoiceSet', value: 'M-1' });
    expect(card.body.find((e) => e.id === 'f_percent')).toMatchObject({ type: 'Input.Number', value: 40 });
  });

  it('card submit with an error: the card comes back with the error at the field, nothing saved', async () => {
    const { card, text } = await invoke(VERB_SUBMIT_FORM, { formId: 'measure.logProgress', cardId: 'card-1', f_measure: 'M-1', f_percent: '150', f_note: 'zu viel' });
    const percent = card.body.findIndex((e) => e.id === 'f_percent');
    expect(card.body[percent]).toMatchObject({ value: 150, errorMessage: expect.stringContaining('100') });
    expect(card.body[percent + 2]).toMatchObject({ color: 'Attention' });
    expect(text).toContain('zu viel'); // what was typed is kept
    expect(await progressRows()).toBe(0);
  });

  it('card submit with an error, in English for an English client and person', async () => {
    await h.database.db.person.update({ where: { id: h.town.max.id }, data: { locale: 'en' } });
    const { text } = await invoke(VERB_SUBMIT_FORM, { formId: 'kpi.recordValue', cardId: 'card-e', f_kpi: 'CO2-1', f_value: 'viel' });
    expect(text).toMatch(/[Nn]umber|value/);
  });

  it('card submit with success: the card is replaced by the result; the same card twice changes nothing twice', async () => {
    const data = { formId: 'measure.logProgress', cardId: 'card-2', f_measure: 'M-1', f_percent: '80', f_status: 'at_risk', f_note: 'Gerüst fehlt' };
    const first = await invoke(VERB_SUBMIT_FORM, data);
    expect(first.text).toContain('M-1');
    expect(JSON.stringify(first.card)).not.toContain('Input.');
    expect((await measure('M-1')).progress).toBe(80);
    const second = await invoke(VERB_SUBMIT_FORM, data);
    expect(second.text).toContain('nichts doppelt');
    expect(await progressRows()).toBe(1);
  });

  it('KPI form submit saves the value', async () => {
    const { text } = await invoke(VERB_SUBMIT_FORM, { formId: 'kpi.recordValue', cardId: 'card-3', f_kpi: 'MOB-1', f_value: '12,5', f_period: '2025-Q4' });
    expect(text).toContain('MOB-1');
    const value = await h.database.db.kpiValue.findFirstOrThrow({ where: { kpi: { code: 'MOB-1' } } });
    expect(value.period).toBe('2025-Q4');
  });

  it('a duplicate activity (same id) changes nothing twice', async () => {
    const activity = personalMessage('fortschritt M-1 55', { serviceUrl: h.connector.url, user: h.users.max, id: '1481567603816' });
    expect((await h.post(activity)).status).toBe(200);
    expect((await h.post(activity)).status).toBe(200);
    expect(await progressRows()).toBe(1);
    expect((await measure('M-1')).progress).toBe(55);
    expect(cardText(cardsOf(h.connector.messages()[1]!.body))).toContain('nichts doppelt');
  });

  it('bad JSON and activities missing required fields get 400 and change nothing', async () => {
    expect((await h.postRaw('{"type":"message", "text": ', { authorization: 'Bearer x' })).status).toBe(400);
    const { conversation: _c, ...noConversation } = personalMessage('fortschritt M-1 90', { serviceUrl: h.connector.url, user: h.users.max });
    const missing = await h.post(noConversation);
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body)).toContain('conversation');
    const { id: _id, ...noId } = personalMessage('fortschritt M-1 90', { serviceUrl: h.connector.url, user: h.users.max });
    expect((await h.post(noId)).status).toBe(400);
    expect((await h.post([1, 2])).status).toBe(400);
    expect(await progressRows()).toBe(0);
    expect(h.connector.calls).toHaveLength(0);
  });

  it('an unknown Teams tenant gets a clear answer', async () => {
    const { text } = await say('meine', h.users.max, { tenantId: UNKNOWN_TEAMS_TENANT });
    expect(text).toContain(UNKNOWN_TEAMS_TENANT);
    expect(text).toMatch(/kennt die Kommune/);
  });

  it('an unlinked user who is not in the municipality is told how to get access', async () => {
    const { text } = await say('meine', h.users.stranger);
    expect(text).toContain('v2030 link teams');
    expect(text).toContain(h.users.stranger.aadObjectId);
    expect(await h.database.db.platformIdentity.count({ where: { platform: 'teams', externalUserId: h.users.stranger.aadObjectId } })).toBe(0);
  });

  it('an unlinked user is linked by the e-mail of the roster, once', async () => {
    const { text } = await say('meine', h.users.olga);
    expect(text).not.toContain('v2030 link');
    const identity = await h.database.db.platformIdentity.findFirstOrThrow({ where: { platform: 'teams', externalUserId: h.users.olga.aadObjectId } });
    expect(identity.personId).toBe(h.town.olga.id);
    expect(await h.database.db.auditLog.count({ where: { action: 'identity.linked_by_email' } })).toBe(1);
    await say('meine', h.users.olga);
    expect(h.connector.calls.filter((c) => c.kind === 'roster')).toHaveLength(0);
  });

  it('installation in a personal chat stores the conversation reference; uninstall removes it', async () => {
    const add = installationUpdate('add', 'personal', { serviceUrl: h.connector.url, user: h.users.max });
    expect((await h.post(add)).status).toBe(200);
    const row = await h.database.db.conversationReference.findFirstOrThrow({ where: { platform: 'teams' } });
    expect(row).toMatchObject({ tenantId: h.town.tenant.id, conversationId: personalConversationId(h.users.max), scope: 'personal', personId: h.town.max.id });
    expect(row.reference).toMatchObject({ serviceUrl: h.connector.url, bot: { id: expect.stringMatching(/^28:/) } });
    expect((await h.post(installationUpdate('remove', 'personal', { serviceUrl: h.connector.url, user: h.users.max }))).status).toBe(200);
    expect(await h.database.db.conversationReference.count()).toBe(0);
  });

  it('the bot added to a team: reference stored, welcome posted; removed: reference deleted', async () => {
    expect((await h.post(conversationUpdate('added', { serviceUrl: h.connector.url, user: h.users.lea }))).status).toBe(200);
    const row = await h.database.db.conversationReference.findFirstOrThrow({ where: { conversationId: TEAM_ID } });
    expect(row.scope).toBe('channel');
    expect(cardText(cardsOf(h.connector.messages()[0]!.body))).toContain('Verwaltung 2.030');
    expect((await h.post(conversationUpdate('removed', { serviceUrl: h.connector.url, user: h.users.lea }))).status).toBe(200);
    expect(await h.database.db.conversationReference.count()).toBe(0);
  });

  it('posts proactively to a stored conversation', async () => {
    await h.post(installationUpdate('add', 'team', { serviceUrl: h.connector.url, user: h.users.lea }));
    h.connector.clear();
    const outgoing = { outboxId: 'o1', tenantId: h.town.tenant.id, workspaceId: '', conversationId: CHANNEL_ID, images: [] };
    const sent = await h.teams.outgoing.send({
      ...outgoing,
      message: { summary: 'Quartalsbericht', audience: 'channel', blocks: [{ type: 'heading', text: 'Unterjähriger Bericht Q1/2026' }, { type: 'progress', label: 'Budget', percent: 42, tone: 'good' }] },
    });
    expect(sent).toMatchObject({ kind: 'sent', externalId: expect.stringMatching(/^act-/) });
    const [post] = h.connector.calls;
    expect(post).toMatchObject({ kind: 'send', conversationId: CHANNEL_ID });
    expect(cardText(cardsOf(post!.body))).toContain('Unterjähriger Bericht Q1/2026');
    const elsewhere = await h.teams.outgoing.send({ ...outgoing, tenantId: 'other-tenant', message: { summary: 'x', audience: 'channel', blocks: [] } });
    expect(elsewhere).toMatchObject({ kind: 'permanent', error: expect.stringContaining('not stored') });
  });
});

describe.each(providers)('Teams adapter, typing and local development (%s)', (provider) => {
  it('sends a typing indicator first when the reply takes longer than the delay', async () => {
    // The core answers only once the indicator has arrived: a reply slower than the delay, at any load.
    const typed = () => h.connector.calls.some((c) => c.body.type === 'typing');
    const h: Harness = await startHarness(provider, {
      typingDelayMs: 1,
      wrapBot: (bot) => ({ ...bot, handleText: async (r) => (await waitFor(typed), bot.handleText(r)) }),
    });
    try {
      await h.post(personalMessage('hilfe', { serviceUrl: h.connector.url, user: h.users.max }));
      expect(h.connector.calls.map((c) => c.body.type)).toEqual(['typing', 'message']);
    } finally {
      await h.close();
    }
  });

  it('sends no typing indicator when the reply comes before the delay', async () => {
    const h = await startHarness(provider, { typingDelayMs: 10 * 60_000 });
    try {
      await h.post(personalMessage('hilfe', { serviceUrl: h.connector.url, user: h.users.max }));
      expect(h.connector.calls.map((c) => c.body.type)).toEqual(['message']);
    } finally {
      await h.close();
    }
  });

  it('without credentials (TEAMS_ALLOW_UNAUTHENTICATED=true) any tenant id maps to the configured municipality', async () => {
    const h = await startHarness(provider, { unauthenticated: true });
    try {
      expect(h.teams.authenticated).toBe(false);
      expect(h.logs.join('')).toContain('WITHOUT authentication');
      const response = await h.post(personalMessage('fortschritt M-1 65', { serviceUrl: h.connector.url, user: h.users.max, tenantId: UNKNOWN_TEAMS_TENANT }));
      expect(response.status).toBe(200);
      expect((await h.database.db.measure.findFirstOrThrow({ where: { code: 'M-1' } })).progress).toBe(65);
    } finally {
      await h.close();
    }
  });
});
