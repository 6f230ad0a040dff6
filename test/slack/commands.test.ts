import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { providers } from '../support/databases';
import { startHarness, TEAM, U, type Harness, type SlackReply } from './harness';
import { slashCommandBody } from './payloads';

const allText = (reply: SlackReply) => JSON.stringify(reply.blocks);

describe.each(providers)('Slack slash commands (%s)', (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(provider);
  });
  afterEach(async () => {
    await h?.close();
  });

  // Acknowledged empty once stored in the inbox; the answer comes through response_url.
  const command = async (user: string, text: string) => {
    const result = await h.command(user, text);
    expect(result.ack).toBe('');
    return result;
  };

  it('answers "hilfe" ephemerally with the command list', async () => {
    const { reply } = await command(U.max, 'hilfe');
    expect(reply?.response_type).toBe('ephemeral');
    expect(reply?.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Befehle von Verwaltung 2.030' } });
  });

  // Issue 10, item 16: Slack leaves channel_name out in some places; the command is answered all the same.
  it('answers a signed command without channel_name', async () => {
    const body = new URLSearchParams(slashCommandBody({ team: TEAM, user: U.max }, 'meine', h.slack.responseUrl('no-channel-name')));
    body.delete('channel_name');
    const res = await h.post(body.toString());
    expect(res).toMatchObject({ status: 200, text: '' });
    const [reply] = await h.responses('no-channel-name');
    expect(allText(reply!)).toContain('Dämmung Rathaus');
  });

  it('answers "meine" with the user\'s measures and changes nothing', async () => {
    const before = await h.dbh.db.auditLog.count();
    const { reply } = await command(U.max, 'meine');
    expect(allText(reply!)).toContain('M-1');
    expect(allText(reply!)).toContain('Dämmung Rathaus');
    expect(await h.dbh.db.auditLog.count()).toBe(before);
  });

  it('shows a measure card with a button that opens the progress form', async () => {
    const { reply } = await command(U.max, 'massnahme m-1');
    const header = reply!.blocks.find((b) => b.type === 'header');
    expect(header?.text?.text).toBe('M-1 · Dämmung Rathaus');
    const actions = reply!.blocks.find((b) => b.type === 'actions');
    expect(actions?.elements?.[0]).toMatchObject({ value: 'M-1' });
    expect(actions?.elements?.[0]?.action_id).toMatch(/^measure\.logProgress#/);
  });

  it('logs progress, stores it with an audit record and refreshes App Home', async () => {
    const { reply } = await command(U.max, 'fortschritt M-1 60 gefährdet Gerüst fehlt');
    expect(reply?.text).toContain('60 %');
    await h.adapter.inbound.settled();
    const measure = await h.dbh.db.measure.findFirstOrThrow({ where: { code: 'M-1' } });
    expect(measure).toMatchObject({ progress: 60, status: 'at_risk' });
    const [stored] = await h.dbh.db.inboundRequest.findMany({ where: { platform: 'slack' } });
    expect(stored).toMatchObject({ status: 'done', attempts: 1 });
    expect(await h.dbh.db.measureProgress.count({ where: { measureId: measure.id, note: 'Gerüst fehlt' } })).toBe(1);
    expect(await h.dbh.db.processedEvent.findMany({ where: { platform: 'slack' }, select: { eventKey: true } })).toEqual([{ eventKey: stored!.deliveryKey }]);
    const publish = h.slack.callsOf('views.publish').at(-1);
    expect(publish?.args.user_id).toBe(U.max);
    expect(JSON.stringify(publish?.args.view)).toContain('60 %');
  });

  it('records a KPI value in German number format', async () => {
    const { reply } = await command(U.lea, 'kennzahl CO2-1 6,4 2025');
    expect(reply?.response_type).toBe('ephemeral');
    const value = await h.dbh.db.kpiValue.findFirstOrThrow({ where: { kpi: { code: 'CO2-1' } } });
    expect(String(value.value)).toMatch(/^6\.4/);
    expect(allText(reply!)).toContain('6,4');
  });

  it('explains a typo in the user\'s language and changes nothing', async () => {
    const before = await h.dbh.db.measureProgress.count();
    const { reply } = await command(U.olga, 'progress M-2 150');
    expect(reply?.text).toMatch(/0 (to|and) 100/);
    expect(await h.dbh.db.measureProgress.count()).toBe(before);
  });
});
