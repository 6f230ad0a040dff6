import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { providers } from '../support/databases';
import { waitFor } from '../support/waitFor';
import { startHarness, TEAM, U, type Harness } from './harness';
import { blockActionsBody, number, select, slashCommandBody, text, viewSubmissionBody } from './payloads';

interface OpenedView {
  callback_id: string;
  private_metadata: string;
  blocks: { block_id: string; type: string; optional: boolean; element: { type: string; options?: { value: string }[]; initial_option?: { value: string }; initial_value?: string } }[];
}

describe.each(providers)('Slack modals and buttons (%s)', (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(provider);
  });
  afterEach(async () => {
    await h?.close();
  });

  const lastOpened = () => h.slack.callsOf('views.open').at(-1)!.args.view as OpenedView;
  const submit = (user: string, viewId: string, callbackId: string, values: Parameters<typeof viewSubmissionBody>[1]['values']) =>
    h.post(viewSubmissionBody({ team: TEAM, user }, { id: viewId, callbackId, values }));

  it('opens the progress modal for "/v2030 fortschritt" without arguments, with the user\'s measures', async () => {
    const trigger = '111.222.opentrigger';
    const res = await h.post(slashCommandBody({ team: TEAM, user: U.max }, 'fortschritt', h.slack.responseUrl('open'), trigger));
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    // Acknowledged first; the modal opens right after (the trigger id is valid for 3 seconds).
    await waitFor(() => h.slack.callsOf('views.open').length === 1, 'the modal opened');
    expect(h.slack.callsOf('views.open').at(-1)!.args.trigger_id).toBe(trigger);
    const view = lastOpened();
    expect(view.callback_id).toBe('measure.logProgress');
    expect(view.blocks.map((b) => b.block_id)).toEqual(['measure', 'percent', 'status', 'note']);
    expect(view.blocks[0]!.element.options!.map((o) => o.value)).toEqual(['M-1', 'M-2']);
    expect(view.blocks[1]!.element.type).toBe('number_input');
    expect(view.blocks[3]!.optional).toBe(true);
  });

  it('opens the KPI modal for "/v2030 Kennzahl" without arguments', async () => {
    await h.post(slashCommandBody({ team: TEAM, user: U.lea }, 'Kennzahl', h.slack.responseUrl('kpi')));
    await waitFor(() => h.slack.callsOf('views.open').length === 1, 'the modal opened');
    expect(lastOpened().callback_id).toBe('kpi.recordValue');
    expect(lastOpened().blocks.map((b) => b.block_id)).toEqual(['kpi', 'value', 'period', 'note']);
  });

  it('opens the prefilled modal from the measure card\'s button', async () => {
    const res = await h.post(blockActionsBody({ team: TEAM, user: U.max }, { action_id: 'measure.logProgress#7.0', value: 'M-1', text: 'Fortschritt melden' }, h.slack.responseUrl('btn')));
    expect(res.status).toBe(200);
    await waitFor(() => h.slack.callsOf('views.open').length === 1, 'the modal opened');
    expect(lastOpened().blocks[0]!.element.initial_option?.value).toBe('M-1');
    expect(lastOpened().blocks[1]!.element.initial_value).toBe('40');
  });

  it('shows validation errors at the field in German', async () => {
    const before = await h.dbh.db.kpiValue.count();
    const res = await submit(U.lea, 'VKPI0001', 'kpi.recordValue', { kpi: select('CO2-1'), value: text('viel'), period: text('2025'), note: text(null) });
    expect(res.status).toBe(200);
    const body = res.json() as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual(['value']);
    expect(body.errors.value).toMatch(/Zahl|Wert/);
    expect(await h.dbh.db.kpiValue.count()).toBe(before);
  });

  it('shows validation errors in the user\'s language (English for Olga)', async () => {
    const res = await submit(U.olga, 'VOLGA0001', 'measure.logProgress', { measure: select('M-2'), percent: number('150'), status: select(null), note: text(null) });
    const body = res.json() as { response_action: string; errors: Record<string, string> };
    expect(body).toMatchObject({ response_action: 'errors' });
    expect(body.errors.percent).toMatch(/between 0 and 100|0 to 100/);
  });

  it('saves a valid submission, replaces the modal with the reply and refreshes App Home', async () => {
    const res = await submit(U.max, 'VMAX0001', 'measure.logProgress', { measure: select('M-1'), percent: number('70'), status: select('on_track'), note: text('Dach fertig') });
    const body = res.json() as { response_action: string; view: { type: string; blocks: unknown[] } };
    expect(body.response_action).toBe('update');
    expect(JSON.stringify(body.view.blocks)).toContain('70 %');
    const m1 = await h.dbh.db.measure.findFirstOrThrow({ where: { code: 'M-1' } });
    expect(m1.progress).toBe(70);
    await h.adapter.inbound.settled();
    expect(h.slack.callsOf('views.publish').at(-1)!.args.user_id).toBe(U.max);
  });

  it('changes once when the submit button is clicked twice (same view, two deliveries at once)', async () => {
    const before = await h.dbh.db.measureProgress.count();
    const values = { measure: select('M-1'), percent: number('80'), status: select(null), note: text('Doppelklick') };
    const [a, b] = await Promise.all([submit(U.max, 'VDOUBLE01', 'measure.logProgress', values), submit(U.max, 'VDOUBLE01', 'measure.logProgress', values)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(await h.dbh.db.measureProgress.count()).toBe(before + 1);
    expect(await h.dbh.db.measureProgress.count({ where: { note: 'Doppelklick' } })).toBe(1);
    const texts = [a.text, b.text].join(' ');
    expect(texts).toMatch(/bereits|schon/);
  });
});
