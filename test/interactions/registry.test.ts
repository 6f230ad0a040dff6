import { describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bot/bot';
import { fixedClock } from '../../src/clock';
import { InvalidInputError } from '../../src/domain/errors';
import type { ActionSpec } from '../../src/interactions/actionSpec';
import type { FormSpec } from '../../src/interactions/formSpec';
import { interactionRegistry, PRODUCT_ACTIONS, PRODUCT_FORMS } from '../../src/interactions/registry';
import { createLogger } from '../../src/logger';
import { message } from '../../src/messages/model';
import { providers } from '../support/databases';
import { useSmallTown } from '../support/fixtures';

const now = new Date('2026-03-10T10:00:00Z');
const request = (userId: string) => ({ platform: 'console' as const, tenant: { slug: 'klein' }, userId, requestId: 'r-1' });

/** A decision as the budget feature will have one: the clicker gets a reply, the clicked message is replaced for everyone. */
const approve: ActionSpec = {
  id: 'test.approve',
  async run(ctx, _view, value) {
    return { reply: message(`${ctx.actor.displayName} gab ${value} frei`, []), replace: message(`Antrag ${value}: freigegeben`, [{ type: 'text', text: 'freigegeben' }], 'channel') };
  },
};
/** A form with a required comment that carries the request number as its context ("reject" of the budget feature). */
const reject: FormSpec = {
  id: 'test.reject',
  async build(_ctx, _view, requestNumber) {
    return { id: 'test.reject', title: 'Ablehnen', intro: `Antrag ${requestNumber}`, submitLabel: 'Ablehnen', context: requestNumber, fields: [{ id: 'comment', label: 'Begründung', kind: 'textarea', required: true }] };
  },
  async submit(ctx, _view, values, context) {
    if (!values.comment?.trim()) throw new InvalidInputError('forms:required_comment');
    return message(`Antrag ${context} abgelehnt von ${ctx.actor.email}: ${values.comment}`, []);
  },
};

describe.each(providers)('registered button actions and forms (%s)', (provider) => {
  const s = useSmallTown(provider, now);
  const bot = (): Bot =>
    createBot({ db: s.h.db, clock: fixedClock(now), logger: createLogger('silent'), interactions: interactionRegistry({ forms: [...PRODUCT_FORMS, reject], actions: [...PRODUCT_ACTIONS, approve] }) });

  it('runs a registered action for the clicker: a reply and the clicked message replaced', async () => {
    const outcome = await bot().handleAction(request('max@klein.de'), 'test.approve', '17');
    expect(outcome).toMatchObject({ kind: 'done', reply: { summary: 'Max Mitglied gab 17 frei' }, replace: { summary: 'Antrag 17: freigegeben', audience: 'channel' } });
  });

  it('opens a form from its button, prefilled and carrying its context, and gives the context back on submit', async () => {
    const outcome = await bot().handleAction(request('lea@klein.de'), 'test.reject', '17');
    expect(outcome.kind).toBe('form');
    const block = outcome.kind === 'form' ? outcome.message.blocks[0] : undefined;
    expect(block).toMatchObject({ type: 'form', form: { id: 'test.reject', intro: 'Antrag 17', context: '17' } });

    const refused = await bot().submitForm(request('lea@klein.de'), 'test.reject', { comment: '  ' }, '17');
    expect(refused).toMatchObject({ ok: false, fieldErrors: { comment: expect.any(String) } });
    expect(refused.ok ? undefined : refused.form.blocks[0]).toMatchObject({ type: 'form', form: { context: '17', fields: [{ id: 'comment', error: expect.any(String) }] } });

    const done = await bot().submitForm(request('lea@klein.de'), 'test.reject', { comment: 'zu teuer' }, '17');
    expect(done).toMatchObject({ ok: true, message: { summary: 'Antrag 17 abgelehnt von lea@klein.de: zu teuer' } });
  });

  it('refreshes the measure card in place (the product’s refresh button)', async () => {
    await s.h.db.measure.update({ where: { id: s.town.m1.id }, data: { progress: 55 } });
    const outcome = await bot().handleAction(request('max@klein.de'), 'measure.refresh', 'M-1');
    expect(outcome).toMatchObject({ kind: 'done', replace: { summary: 'M-1 · Dämmung Rathaus' } });
    expect(outcome.kind === 'done' && outcome.replace?.blocks).toContainEqual(expect.objectContaining({ type: 'progress', percent: 55 }));
    expect(outcome.kind === 'done' && outcome.reply).toBeUndefined();
  });

  it('answers a button nobody registered, and a button of an unlinked account, with a message', async () => {
    expect(await bot().handleAction(request('max@klein.de'), 'gone.away', 'x')).toMatchObject({ kind: 'done', reply: { summary: expect.stringContaining('Schaltfläche') } });
    expect(await bot().handleAction(request('nobody@klein.de'), 'test.approve', '17')).toMatchObject({ kind: 'done', reply: { summary: expect.stringContaining('nobody@klein.de') } });
    expect(await bot().submitForm(request('max@klein.de'), 'gone.away', {})).toMatchObject({ ok: true, message: { summary: expect.stringContaining('Formular') } });
  });
});

describe('the interaction registry', () => {
  it('refuses an id registered twice, also as both a form and an action', () => {
    expect(() => interactionRegistry({ forms: [reject, reject], actions: [] })).toThrow(/twice/);
    expect(() => interactionRegistry({ forms: [reject], actions: [{ ...approve, id: 'test.reject' }] })).toThrow(/also a form/);
  });
});
