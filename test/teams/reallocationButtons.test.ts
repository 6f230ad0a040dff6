import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VERB_BUTTON, VERB_SUBMIT_FORM } from '../../adapters/teams/cardRenderer';
import { createLogger } from '../../src/logger';
import { createDeliveryWorker } from '../../src/outbox/deliveryWorker';
import { seedBudgetTown } from '../usecases/budget/budgetTown';
import { providers } from '../support/databases';
import { fixedClock } from '../../src/clock';
import { cardAction, installationUpdate, personalConversationId, personalMessage, teamsUser, type TeamsUser } from './support/activities';
import { cardsOf, cardText, NOW, startHarness, type Harness } from './support/harness';

type Action = { type: string; verb?: string; data?: { action?: string; value?: string } };

/**
 * The approval message's buttons as Action.Execute invokes into the real botbuilder CloudAdapter:
 * reject and ask back answer with a form card, its submit decides, and the outbox replaces every
 * approver's message in place (updateActivity against the fake Bot Connector) and tells the requester.
 */
describe.each(providers)('Teams: approve, reject and ask back on a reallocation request (%s)', (provider) => {
  let h: Harness;
  const anna = teamsUser('Anna Approver');
  const clock = fixedClock(NOW);
  beforeEach(async () => {
    h = await startHarness(provider, { unauthenticated: true });
    const town = await seedBudgetTown(h.database.db, h.town);
    await h.database.db.platformIdentity.create({ data: { tenantId: h.town.tenant.id, personId: town.anna.id, platform: 'teams', externalUserId: anna.aadObjectId } });
    // Each of them has the bot in their personal chat, so it can write to them.
    for (const user of [h.users.max, h.users.lea, anna]) await h.post(installationUpdate('add', 'personal', { serviceUrl: h.connector.url, user }));
    h.connector.clear();
  });
  afterEach(async () => h?.close());

  const deliver = async () => {
    const worker = createDeliveryWorker({ db: h.database.db, ports: [h.teams.outgoing], clock, logger: createLogger('silent') });
    for (let pass = 0; pass < 10; pass++) {
      clock.set(new Date(clock.now().getTime() + 2000));
      if ((await worker.runOnce()) === 0 && pass > 0) break;
    }
    expect(await h.database.db.outboxMessage.findMany({ where: { status: { not: 'sent' } }, select: { dedupeKey: true, lastError: true } })).toEqual([]);
  };
  const say = async (text: string, user: TeamsUser = h.users.max) => {
    expect((await h.post(personalMessage(text, { serviceUrl: h.connector.url, user }))).status).toBe(200);
  };
  const sent = (user: TeamsUser) => h.connector.calls.filter((c) => c.kind === 'send' && c.conversationId === personalConversationId(user) && c.body.type === 'message');
  const updated = (user: TeamsUser) => h.connector.calls.filter((c) => c.kind === 'update' && c.conversationId === personalConversationId(user));
  const actionsOf = (card: unknown): Action[] => {
    const out: Action[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node && typeof node === 'object') {
        if ((node as Action).type === 'Action.Execute') out.push(node as Action);
        Object.values(node).forEach(walk);
      }
    };
    walk(card);
    return out;
  };
  const invoke = async (user: TeamsUser, data: Record<string, unknown>, verb = VERB_BUTTON) => {
    const response = await h.post(cardAction(verb, data, { serviceUrl: h.connector.url, user }));
    expect(response.status).toBe(200);
    const card = (response.body as { value: unknown }).value;
    return { card, text: cardText(card), actions: actionsOf(card) };
  };
  const request = () => h.database.db.reallocationRequest.findFirstOrThrow({ where: { number: 1 } });
  const file = async (line: string) => {
    await say(line);
    await say('ja');
    await deliver();
  };

  it('reject answers with a form card, decides with the comment, and replaces both approvers\' cards in place', async () => {
    await file('umschichtung 500 von KLI-01 nach KLI-02 Beratungstage nachhaltigkeit: + Beratung senkt den Verbrauch');
    expect(sent(anna)).toHaveLength(1);
    expect(actionsOf(cardsOf(sent(h.users.lea)[0]!.body)).map((a) => a.data?.action)).toEqual(['reallocation.approve', 'reallocation.reject', 'reallocation.ask']);

    const form = await invoke(h.users.lea, { action: 'reallocation.reject', value: '1' });
    expect(form.text).toContain('Nr. 1 ablehnen');
    const submit = form.actions.find((a) => a.verb === VERB_SUBMIT_FORM)!;
    expect(submit.data).toMatchObject({ formId: 'reallocation.reject', context: '1' });
    const empty = await invoke(h.users.lea, { ...submit.data, f_comment: '' }, VERB_SUBMIT_FORM);
    expect(empty.text).toContain('Bitte geben Sie eine Begründung ein.');
    const done = await invoke(h.users.lea, { ...submit.data, f_comment: 'Erst nach dem Nachtragshaushalt' }, VERB_SUBMIT_FORM);
    expect(done.text).toContain('Nr. 1 ist abgelehnt.');
    expect(await request()).toMatchObject({ status: 'rejected', decidedById: h.town.lea.id });
    expect(await h.database.db.reallocationDecision.findMany({ select: { decision: true, comment: true } })).toEqual([{ decision: 'reject', comment: 'Erst nach dem Nachtragshaushalt' }]);

    await deliver();
    const posted = await h.database.db.outboxMessage.findMany({ where: { kind: 'approval', operation: 'post', dedupeKey: { contains: ':p:' } }, select: { externalId: true } });
    for (const user of [h.users.lea, anna]) {
      expect(updated(user)).toHaveLength(1);
      const update = updated(user)[0]!;
      expect(posted.map((p) => p.externalId)).toContain(update.activityId);
      expect(actionsOf(cardsOf(update.body))).toEqual([]);
      expect(cardsOf(update.body).map(cardText).join('\n')).toContain('Erst nach dem Nachtragshaushalt');
    }
    expect(sent(h.users.max).map((m) => cardsOf(m.body).map(cardText).join('\n')).join('\n')).toContain('Ihr Antrag Nr. 1 ist abgelehnt, von Lea Lead:');

    const late = await invoke(anna, { action: 'reallocation.approve', value: '1' });
    expect(late.text).toContain('Nr. 1 wurde schon abgelehnt, von Lea Lead am 10.03.2026, 11:00.');
    expect(await h.database.db.reallocationDecision.count()).toBe(1);
  });

  it('asks back; the requester answers from his card; the lead approves and both lines change once', async () => {
    await file('umschichtung 700 von KLI-01 nach KLI-02 Messgeräte nachhaltigkeit: 0 Messgeräte ersetzen alte');
    const ask = await invoke(anna, { action: 'reallocation.ask', value: '1' });
    const submitAsk = ask.actions.find((a) => a.verb === VERB_SUBMIT_FORM)!;
    expect((await invoke(anna, { ...submitAsk.data, f_question: 'Welches Angebot liegt vor?' }, VERB_SUBMIT_FORM)).text).toContain('Rückfrage an den Antragsteller');
    expect((await request()).status).toBe('info_requested');
    await deliver();
    const question = sent(h.users.max).at(-1)!;
    expect(cardsOf(question.body).map(cardText).join('\n')).toContain('Welches Angebot liegt vor?');
    const answerButton = actionsOf(cardsOf(question.body)).find((a) => a.data?.action === 'reallocation.answer')!;
    const answer = await invoke(h.users.max, answerButton.data!);
    const submitAnswer = answer.actions.find((a) => a.verb === VERB_SUBMIT_FORM)!;
    await invoke(h.users.max, { ...submitAnswer.data, f_answer: 'Das der Stadtwerke vom 3. März' }, VERB_SUBMIT_FORM);
    expect((await request()).status).toBe('pending');

    const approved = await invoke(h.users.lea, { action: 'reallocation.approve', value: '1' });
    expect(approved.text).toContain('Nr. 1 ist freigegeben und gebucht.');
    expect(await h.database.db.budgetLedgerEntry.count({ where: { reallocationId: (await request()).id } })).toBe(2);
    expect((await h.database.db.budgetLine.findFirstOrThrow({ where: { code: 'KLI-02' } })).reallocatedInCents).toBe(70_000n);
    await deliver();
    expect(cardsOf(updated(h.users.lea).at(-1)!.body).map(cardText).join('\n')).toContain('Das der Stadtwerke vom 3. März');
  });
});
