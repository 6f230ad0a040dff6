import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger';
import { createDeliveryWorker } from '../../src/outbox/deliveryWorker';
import { providers } from '../support/databases';
import { startHarness, TEAM, U, type Harness, type SlackReply } from '../slack/harness';
import { blockActionsBody, number, viewSubmissionBody } from '../slack/payloads';
import { waitFor } from '../support/waitFor';

type Element = NonNullable<SlackReply['blocks'][number]['elements']>[number];

/**
 * Issue 13's alert buttons in Slack: two off-target values fire an alert, the outbox delivers the
 * direct message to the team lead over the Web API, and her clicks (signed block_actions over HTTP
 * into Bolt) acknowledge it, open the KPI and snooze it; the clicked message is replaced as it stands.
 */
describe.each(providers)('alert buttons over Slack (%s)', (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(provider);
  });
  afterEach(async () => h?.close());

  const alert = () => h.dbh.db.alert.findFirstOrThrow();
  const button = (message: SlackReply, action: string) => message.blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id?.startsWith(`${action}#`))!;
  const click = (user: string, element: Element, responseId: string) =>
    h.post(blockActionsBody({ team: TEAM, user }, { action_id: element.action_id!, value: element.value!, text: 'Klick' }, h.slack.responseUrl(responseId)));
  const texts = (reply: SlackReply) => JSON.stringify(reply.blocks);

  async function fireAndDeliver(): Promise<SlackReply> {
    expect((await h.command(U.max, 'kennzahl CO2-1 8,3 2023')).reply.text).toContain('Gespeichert');
    await h.command(U.max, 'kennzahl CO2-1 7,5 2024');
    expect(await alert()).toMatchObject({ state: 'firing', number: 1 });
    const worker = createDeliveryWorker({ db: h.dbh.db, clock: h.clock, logger: createLogger('silent'), ports: [h.adapter.outgoing] });
    await worker.runOnce();
    const dm = h.slack.callsOf('chat.postMessage').find((c) => c.args.channel === `D${U.lea}`);
    expect(dm, 'the direct message to Lea').toBeDefined();
    return dm!.args as unknown as SlackReply;
  }

  it('acknowledge: stored with who and when, audited; the message is replaced without the button and the clicker is told', async () => {
    const dm = await fireAndDeliver();
    expect(texts(dm)).toContain('Alarm 1 (kritisch): CO2-1');
    const acknowledge = button(dm, 'alert.acknowledge');
    expect(acknowledge.value).toBe('1');

    expect((await click(U.max, acknowledge, 'max-ack')).status).toBe(200);
    const [refused] = await h.responses('max-ack');
    expect(refused!.text).toContain('Teamleitung');
    expect(await alert()).toMatchObject({ state: 'firing', acknowledgedById: null });

    expect((await click(U.lea, acknowledge, 'lea-ack')).status).toBe(200);
    const [replaced, told] = await h.responses('lea-ack', 2);
    expect(replaced).toMatchObject({ replace_original: true });
    expect(texts(replaced!)).toContain('quittiert von Lea Lead am 10.03.2026');
    expect(texts(replaced!)).not.toContain('alert.acknowledge');
    expect(texts(replaced!)).toContain('alert.openKpi');
    expect(told).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(told!.text).toContain('Alarm 1 (CO2-1) ist quittiert');
    expect(await alert()).toMatchObject({ state: 'acknowledged', acknowledgedById: h.seed.lea.id, acknowledgedAt: new Date('2026-03-10T10:00:00Z') });
    expect(await h.dbh.db.auditLog.count({ where: { action: 'alert.acknowledged', actorId: h.seed.lea.id } })).toBe(1);
  });

  it('open KPI: the KPI view for the clicker, the alert message kept as it is', async () => {
    const dm = await fireAndDeliver();
    expect((await click(U.lea, button(dm, 'alert.openKpi'), 'lea-open')).status).toBe(200);
    const [kept, view] = await h.responses('lea-open', 2);
    expect(kept).toMatchObject({ replace_original: true });
    expect(texts(kept!)).toContain('alert.acknowledge');
    expect(view).toMatchObject({ response_type: 'ephemeral' });
    expect(view!.text).toBe('Kennzahl CO2-1 „CO₂-Emissionen je Einwohner“');
    expect(texts(view!)).toContain('Warnung ab 5 %, kritisch ab 15 %');
    expect(texts(view!)).toContain('*2024* · 7,5 · 6,82 · +10 % · Warnung');
    expect(texts(view!)).toContain('ausgelöst, nicht quittiert');
    expect(await alert()).toMatchObject({ state: 'firing' });
  });

  it('snooze: the button opens the form, its submit stores the end and answers in the modal', async () => {
    const dm = await fireAndDeliver();
    expect((await click(U.lea, button(dm, 'alert.snooze'), 'lea-snooze')).status).toBe(200);
    await waitFor(() => h.slack.callsOf('views.open').length === 1, 'the snooze modal opened');
    const opened = h.slack.callsOf('views.open')[0]!.args.view as { callback_id: string; private_metadata: string };
    expect(opened.callback_id).toBe('alert.snooze');
    const res = await h.post(viewSubmissionBody({ team: TEAM, user: U.lea }, { id: 'VSNOOZE1', callbackId: 'alert.snooze', values: { days: number('10') }, privateMetadata: opened.private_metadata }));
    const body = res.json() as { response_action: string; view: { blocks: unknown[] } };
    expect(body.response_action).toBe('update');
    expect(JSON.stringify(body.view.blocks)).toContain('schlummert bis 20.03.2026');
    expect(await alert()).toMatchObject({ state: 'firing', snoozedById: h.seed.lea.id, snoozedUntil: new Date('2026-03-20T10:00:00Z') });
    expect(await h.dbh.db.auditLog.count({ where: { action: 'alert.snoozed' } })).toBe(1);
  });
});
