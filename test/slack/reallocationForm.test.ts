import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedBudgetTown } from '../usecases/budget/budgetTown';
import { providers } from '../support/databases';
import { waitFor } from '../support/waitFor';
import { startHarness, TEAM, U, type Harness } from './harness';
import { blockActionsBody, select, slashCommandBody, text, viewSubmissionBody, type StateValues } from './payloads';

type OpenedView = { callback_id: string; private_metadata: string; blocks: { type: string; block_id: string; optional: boolean; element: { options?: { value: string }[] } }[] };
type ModalMessage = { blocks: { type: string; text?: { text: string }; elements?: { action_id?: string; value: string }[] }[] };

/** `/v2030 umschichtung` alone opens the request form as a modal; its answer and confirm button stay in the modal. */
describe.each(providers)('Slack: the reallocation request form (%s)', (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(provider);
    await seedBudgetTown(h.dbh.db, h.seed);
  });
  afterEach(async () => h?.close());

  const open = async () => {
    await h.post(slashCommandBody({ team: TEAM, user: U.max }, 'umschichtung', h.slack.responseUrl('form')));
    await waitFor(() => h.slack.callsOf('views.open').length === 1, 'the request modal opened');
    const view = h.slack.callsOf('views.open')[0]!.args.view as OpenedView;
    return { ...view, blocks: view.blocks.filter((b) => b.type === 'input') };
  };
  const submit = async (values: StateValues) => {
    const res = await h.post(viewSubmissionBody({ team: TEAM, user: U.max }, { id: 'VREQ0001', callbackId: 'reallocation.request', values }));
    return res.json() as { response_action: string; errors?: Record<string, string>; view?: ModalMessage };
  };
  /** A click on a button inside the modal: Slack sends the view, and no response_url. */
  const clickInModal = async (button: { action_id: string; value: string }) => {
    const body = new URLSearchParams(blockActionsBody({ team: TEAM, user: U.max }, { ...button, text: 'Einreichen' }, ''));
    const payload = JSON.parse(body.get('payload')!) as Record<string, unknown>;
    delete payload.response_url;
    delete payload.channel;
    payload.container = { type: 'view', view_id: 'VREQ0001' };
    payload.view = { id: 'VREQ0001', type: 'modal', callback_id: 'reallocation.request', private_metadata: '{}', state: { values: {} } };
    expect((await h.post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString())).status).toBe(200);
  };

  it('offers the person\'s lines that can give, checks the input, shows the classification and files on confirm', async () => {
    const view = await open();
    expect(view.callback_id).toBe('reallocation.request');
    expect(view.blocks.map((b) => [b.block_id, b.optional])).toEqual([['amount', false], ['from', false], ['to', false], ['reason', false], ['justification', true], ['effect', false], ['effectNote', false]]);
    expect(view.blocks[5]!.element.options!.map((o) => o.value)).toEqual(['positive', 'neutral', 'negative']);
    // KLI-03 is blocked: it cannot give. Every line of the year can receive.
    expect(view.blocks[1]!.element.options!.map((o) => o.value)).toEqual(['KLI-01', 'KLI-02', 'KLI-04']);
    expect(view.blocks[2]!.element.options!.map((o) => o.value)).toEqual(['KLI-01', 'KLI-02', 'KLI-03', 'KLI-04', 'MOB-01']);

    const values = { amount: text('25,000'), from: select('KLI-01'), to: select('KLI-02'), reason: text('Mehr Dämmstoff'), justification: text(null), effect: select('positive'), effectNote: text('Dämmung senkt den Wärmebedarf') };
    const ambiguous = await submit(values);
    expect(ambiguous.response_action).toBe('errors');
    expect(Object.keys(ambiguous.errors!)).toEqual(['amount']);
    expect(ambiguous.errors!.amount).toContain('nicht eindeutig');

    const noSentence = await submit({ ...values, amount: text('25.000'), effectNote: text('  ') });
    expect(noSentence.response_action).toBe('errors');
    expect(noSentence.errors).toEqual({ effectNote: 'Bitte begründen Sie die erwartete Wirkung in einem Satz.' });

    const answer = await submit({ ...values, amount: text('25.000') });
    expect(JSON.stringify(answer.view!.blocks)).toContain('Nachhaltigkeitscheck: + positiv — Dämmung senkt den Wärmebedarf');
    expect(answer.response_action).toBe('update');
    expect(JSON.stringify(answer.view!.blocks)).toContain('Interne Umschichtung im gemeinsamen Budget (§ 21 KomHVO NRW)');
    expect(await h.dbh.db.reallocationRequest.count()).toBe(0);

    const confirm = answer.view!.blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id?.startsWith('reallocation.confirm#'))!;
    await clickInModal({ action_id: confirm.action_id!, value: confirm.value });
    await waitFor(() => h.slack.callsOf('views.update').length === 1, 'the modal shows the filed request');
    const update = h.slack.callsOf('views.update')[0]!.args as { view_id: string; view: ModalMessage };
    expect(update.view_id).toBe('VREQ0001');
    expect(JSON.stringify(update.view.blocks)).toContain('Antrag Nr. 1 ist eingereicht');
    expect(await h.dbh.db.reallocationRequest.findFirstOrThrow()).toMatchObject({ number: 1, amountCents: 2_500_000n, status: 'pending', requesterId: h.seed.max.id, sustainabilityEffect: 'positive', sustainabilityNote: 'Dämmung senkt den Wärmebedarf' });
  });
});
