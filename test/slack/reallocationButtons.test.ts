import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger';
import { createDeliveryWorker } from '../../src/outbox/deliveryWorker';
import { seedBudgetTown } from '../usecases/budget/budgetTown';
import { providers } from '../support/databases';
import { waitFor } from '../support/waitFor';
import { startHarness, TEAM, U, type Harness, type SlackReply } from './harness';
import { blockActionsBody, text, viewSubmissionBody } from './payloads';

const ANNA = 'U0ANNA001';
type Posted = { channel: string; ts?: string; text: string; blocks: SlackReply['blocks'] };
type OpenedView = { callback_id: string; private_metadata: string; title: { text: string }; blocks: { block_id?: string; type: string }[] };

/**
 * The approval direct message's buttons over HTTP into the real Bolt receiver: reject and ask back
 * open a modal, its submit decides, and the outbox replaces every approver's message in place
 * (chat.update against the fake slack.com) and tells the requester.
 */
describe.each(providers)('Slack: approve, reject and ask back on a reallocation request (%s)', (provider) => {
  let h: Harness;
  let responses = 0;
  beforeEach(async () => {
    h = await startHarness(provider);
    const { anna } = await seedBudgetTown(h.dbh.db, h.seed);
    await h.dbh.db.platformIdentity.create({ data: { tenantId: h.seed.tenant.id, personId: anna.id, platform: 'slack', externalUserId: ANNA } });
  });
  afterEach(async () => h?.close());

  /** Delivers everything the outbox holds through the Slack adapter's outgoing port. */
  const deliver = async () => {
    const worker = createDeliveryWorker({ db: h.dbh.db, ports: [h.adapter.outgoing], clock: h.clock, logger: createLogger('silent') });
    for (let pass = 0; pass < 10; pass++) {
      h.clock.set(new Date(h.clock.now().getTime() + 2000));
      if ((await worker.runOnce()) === 0 && pass > 0) break;
    }
    const open = await h.dbh.db.outboxMessage.findMany({ where: { status: { not: 'sent' } }, select: { dedupeKey: true, status: true, lastError: true } });
    expect(open).toEqual([]);
  };
  const file = async (line: string) => {
    await h.command(U.max, line);
    const { reply } = await h.command(U.max, 'ja');
    expect(reply.text).toMatch(/^Antrag Nr\. \d+ ist eingereicht/);
    await deliver();
  };
  const posts = (to: string) => h.slack.callsOf('chat.postMessage').map((c) => c.args as unknown as Posted).filter((p) => p.channel === `D${to}`);
  const updates = (to: string) => h.slack.callsOf('chat.update').map((c) => c.args as unknown as Posted).filter((p) => p.channel === `D${to}`);
  const buttons = (p: Posted) => p.blocks.flatMap((b) => b.elements ?? []).filter((e) => e.action_id);
  const click = async (user: string, post: Posted, action: string) => {
    const button = buttons(post).find((b) => b.action_id!.startsWith(`${action}#`))!;
    const id = `click-${++responses}`;
    const res = await h.post(blockActionsBody({ team: TEAM, user }, { action_id: button.action_id!, value: button.value!, text: action }, h.slack.responseUrl(id)));
    expect(res.status).toBe(200);
    return id;
  };
  const openedBy = async (user: string, post: Posted, action: string) => {
    const before = h.slack.callsOf('views.open').length;
    await click(user, post, action);
    await waitFor(() => h.slack.callsOf('views.open').length > before, `the ${action} modal opened`);
    return h.slack.callsOf('views.open').at(-1)!.args.view as OpenedView;
  };
  const submit = async (user: string, view: OpenedView, field: string, value: string | null, viewId = `V${user}${++responses}`) => {
    const res = await h.post(viewSubmissionBody({ team: TEAM, user }, { id: viewId, callbackId: view.callback_id, values: { [field]: text(value) }, privateMetadata: view.private_metadata }));
    expect(res.status).toBe(200);
    return res.json() as { response_action: string; errors?: Record<string, string>; view?: { blocks: unknown[] } };
  };
  const request = (number: number) => h.dbh.db.reallocationRequest.findFirstOrThrow({ where: { number } });

  it('sends each approver a message with three buttons; reject asks for a comment, decides, and replaces both messages in place', async () => {
    await file('umschichtung 500 von KLI-01 nach KLI-02 Beratungstage nachhaltigkeit: + Beratung senkt den Verbrauch');
    const [toLea, toAnna] = [posts(U.lea)[0]!, posts(ANNA)[0]!];
    expect(buttons(toLea).map((b) => b.action_id!.split('#')[0])).toEqual(['reallocation.approve', 'reallocation.reject', 'reallocation.ask']);
    expect(buttons(toAnna).map((b) => b.value)).toEqual(['1', '1', '1']);
    // The approvers read the Nachhaltigkeitscheck the requester stated.
    expect(JSON.stringify(toLea.blocks)).toContain('+ positiv — Beratung senkt den Verbrauch');

    const modal = await openedBy(U.lea, toLea, 'reallocation.reject');
    expect(modal).toMatchObject({ callback_id: 'reallocation.reject', title: { text: 'Nr. 1 ablehnen' } });
    expect(JSON.parse(modal.private_metadata)).toMatchObject({ context: '1' });
    expect(modal.blocks.map((b) => b.block_id).filter(Boolean)).toEqual(['comment']);

    const empty = await submit(U.lea, modal, 'comment', null);
    expect(empty).toMatchObject({ response_action: 'errors', errors: { comment: 'Bitte geben Sie eine Begründung ein.' } });
    expect((await request(1)).status).toBe('pending');

    const done = await submit(U.lea, modal, 'comment', 'Erst nach dem Nachtragshaushalt');
    expect(done.response_action).toBe('update');
    expect(JSON.stringify(done.view!.blocks)).toContain('Nr. 1 ist abgelehnt.');
    expect(await request(1)).toMatchObject({ status: 'rejected', decidedById: h.seed.lea.id });
    const decisions = await h.dbh.db.reallocationDecision.findMany({ select: { approverId: true, decision: true, comment: true } });
    expect(decisions).toEqual([{ approverId: h.seed.lea.id, decision: 'reject', comment: 'Erst nach dem Nachtragshaushalt' }]);
    expect(await h.dbh.db.budgetLedgerEntry.count({ where: { kind: { startsWith: 'reallocation' } } })).toBe(0);

    await deliver();
    const approvalPosts = await h.dbh.db.outboxMessage.findMany({ where: { kind: 'approval', operation: 'post', dedupeKey: { contains: ':p:' } }, select: { externalId: true, postedConversationId: true } });
    for (const user of [U.lea, ANNA]) {
      const update = updates(user).at(-1);
      expect(updates(user), user).toHaveLength(1);
      // In place: the ts Slack gave the approval message when it was posted.
      expect(approvalPosts, user).toContainEqual({ externalId: update!.ts, postedConversationId: `D${user}` });
      expect(buttons(update!), user).toEqual([]);
      expect(JSON.stringify(update!.blocks)).toContain('Nr. 1 ist abgelehnt.');
      expect(JSON.stringify(update!.blocks)).toContain('Erst nach dem Nachtragshaushalt');
    }
    expect(JSON.stringify(posts(U.max).map((p) => p.blocks))).toContain('Ihr Antrag Nr. 1 ist abgelehnt, von Lea Lead:');

    // Anna's message still had its buttons when she clicked: the request is decided already.
    const late = await click(ANNA, toAnna, 'reallocation.approve');
    const [reply] = await h.responses(late);
    expect(reply!.text).toBe('Nr. 1 wurde schon abgelehnt, von Lea Lead am 10.03.2026, 11:00.');
    expect(await h.dbh.db.reallocationDecision.count()).toBe(1);
  });

  it('asks back; the requester answers from his own message; the request returns and is approved once despite a double click', async () => {
    await file('umschichtung 700 von KLI-01 nach KLI-02 Messgeräte nachhaltigkeit: 0 Messgeräte ersetzen alte');
    const ask = await openedBy(ANNA, posts(ANNA)[0]!, 'reallocation.ask');
    expect(ask.callback_id).toBe('reallocation.ask');
    expect((await submit(ANNA, ask, 'question', 'Welches Angebot liegt vor?')).response_action).toBe('update');
    expect((await request(1)).status).toBe('info_requested');
    expect(await h.dbh.db.reallocationQuestion.findMany({ select: { question: true, answer: true } })).toEqual([{ question: 'Welches Angebot liegt vor?', answer: null }]);

    await deliver();
    const question = posts(U.max).at(-1)!;
    expect(question.text).toBe('Anna Approver hat eine Rückfrage zu Ihrem Antrag Nr. 1:');
    expect(JSON.stringify(question.blocks)).toContain('Welches Angebot liegt vor?');
    expect(JSON.stringify(updates(U.lea).at(-1)!.blocks)).toContain('Rückfrage an den Antragsteller');

    const answer = await openedBy(U.max, question, 'reallocation.answer');
    expect((await submit(U.max, answer, 'answer', 'Das der Stadtwerke vom 3. März')).response_action).toBe('update');
    expect((await request(1)).status).toBe('pending');
    expect((await h.dbh.db.reallocationQuestion.findFirstOrThrow()).answer).toBe('Das der Stadtwerke vom 3. März');
    await deliver();
    const refreshed = updates(U.lea).at(-1)!;
    expect(JSON.stringify(refreshed.blocks)).toContain('Das der Stadtwerke vom 3. März');
    expect(buttons(refreshed).map((b) => b.action_id!.split('#')[0])).toEqual(['reallocation.approve', 'reallocation.reject', 'reallocation.ask']);

    const [first, second] = await Promise.all([click(U.lea, refreshed, 'reallocation.approve'), click(U.lea, refreshed, 'reallocation.approve')]);
    const replies = [(await h.responses(first))[0]!.text, (await h.responses(second))[0]!.text].sort();
    expect(replies).toEqual(['Nr. 1 ist freigegeben und gebucht.', 'Nr. 1 wurde schon freigegeben, von Lea Lead am 10.03.2026, 11:00.'].sort());
    expect(await h.dbh.db.budgetLedgerEntry.count({ where: { reallocationId: (await request(1)).id } })).toBe(2);
    expect((await h.dbh.db.budgetLine.findFirstOrThrow({ where: { code: 'KLI-02' } })).reallocatedInCents).toBe(70_000n);
  });
});
