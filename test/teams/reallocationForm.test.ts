import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VERB_BUTTON, VERB_SUBMIT_FORM } from '../../adapters/teams/cardRenderer';
import { seedBudgetTown } from '../usecases/budget/budgetTown';
import { providers } from '../support/databases';
import { cardAction, personalMessage } from './support/activities';
import { cardsOf, cardText, startHarness, type Harness } from './support/harness';

type Element = { type: string; id?: string; choices?: { value: string }[]; verb?: string; data?: Record<string, unknown> };

/** `umschichtung` alone answers with the request form card; its submit and the confirm button replace the card. */
describe.each(providers)('Teams: the reallocation request form (%s)', (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(provider, { unauthenticated: true });
    await seedBudgetTown(h.database.db, h.town);
  });
  afterEach(async () => h?.close());

  const elements = (card: unknown): Element[] => {
    const out: Element[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node && typeof node === 'object') {
        if (typeof (node as Element).type === 'string') out.push(node as Element);
        Object.values(node).forEach(walk);
      }
    };
    walk(card);
    return out;
  };
  const invoke = async (verb: string, data: Record<string, unknown>) => {
    const response = await h.post(cardAction(verb, data, { serviceUrl: h.connector.url, user: h.users.max }));
    expect(response.status).toBe(200);
    const card = (response.body as { value: unknown }).value;
    return { text: cardText(card), elements: elements(card) };
  };

  it('answers the bare word with the form, refuses an ambiguous amount at its field, and files after the confirm button', async () => {
    await h.post(personalMessage('umschichtung', { serviceUrl: h.connector.url, user: h.users.max }));
    const [reply] = h.connector.messages();
    const form = elements(cardsOf(reply!.body));
    expect(form.filter((e) => e.type.startsWith('Input.')).map((e) => e.id)).toEqual(['f_amount', 'f_from', 'f_to', 'f_reason', 'f_justification', 'f_effect', 'f_effectNote']);
    expect(form.find((e) => e.id === 'f_effect')!.choices!.map((c) => c.value)).toEqual(['positive', 'neutral', 'negative']);
    expect(form.find((e) => e.id === 'f_from')!.choices!.map((c) => c.value)).toEqual(['KLI-01', 'KLI-02', 'KLI-04']);
    const submit = form.find((e) => e.verb === VERB_SUBMIT_FORM)!.data!;
    expect(submit.formId).toBe('reallocation.request');

    const values = { f_amount: '25,000', f_from: 'KLI-01', f_to: 'KLI-02', f_reason: 'Mehr Dämmstoff', f_effect: 'negative', f_effectNote: 'Mehr Dämmstoff heißt mehr graue Energie' };
    const refused = await invoke(VERB_SUBMIT_FORM, { ...submit, ...values });
    expect(refused.text).toContain('nicht eindeutig');
    expect(refused.elements.find((e) => e.id === 'f_amount')).toMatchObject({ errorMessage: expect.stringContaining('nicht eindeutig') });

    const noEffect = await invoke(VERB_SUBMIT_FORM, { ...submit, ...values, f_amount: '25.000', f_effect: '' });
    expect(noEffect.elements.find((e) => e.id === 'f_effect')).toMatchObject({ errorMessage: 'Bitte wählen Sie die erwartete Wirkung auf die Ziele des Handlungsfelds (+, 0 oder −).' });

    const proposal = await invoke(VERB_SUBMIT_FORM, { ...submit, ...values, f_amount: '25.000' });
    expect(proposal.text).toContain('Nachhaltigkeitscheck: − negativ — Mehr Dämmstoff heißt mehr graue Energie');
    expect(proposal.text).toContain('Interne Umschichtung im gemeinsamen Budget (§ 21 KomHVO NRW)');
    expect(await h.database.db.reallocationRequest.count()).toBe(0);
    const confirm = proposal.elements.find((e) => e.verb === VERB_BUTTON && e.data?.action === 'reallocation.confirm')!;
    const filed = await invoke(VERB_BUTTON, confirm.data!);
    expect(filed.text).toContain('Antrag Nr. 1 ist eingereicht');
    expect(await h.database.db.reallocationRequest.findFirstOrThrow()).toMatchObject({ amountCents: 2_500_000n, status: 'pending', requesterId: h.town.max.id, sustainabilityEffect: 'negative' });
  });
});
