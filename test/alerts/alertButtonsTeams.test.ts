import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VERB_BUTTON } from '../../adapters/teams/cardRenderer';
import { fixedClock } from '../../src/clock';
import { createLogger } from '../../src/logger';
import { createDeliveryWorker } from '../../src/outbox/deliveryWorker';
import { providers } from '../support/databases';
import { cardAction, installationUpdate, personalConversationId, personalMessage } from '../teams/support/activities';
import { cardsOf, cardText, NOW, startHarness, type Harness } from '../teams/support/harness';

type Execute = { type: string; verb?: string; data?: { action: string; value: string } };

/**
 * Issue 13's alert buttons in Teams: the alert card reaches the team lead's personal chat through the
 * outbox and the Bot Connector; her Action.Execute invokes (HTTP into the CloudAdapter) acknowledge it
 * and open the KPI. The invoke's card replaces the clicked one, the answer follows as a message.
 */
describe.each(providers)('alert buttons over Teams (%s)', (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(provider);
  });
  afterEach(async () => h?.close());

  const alert = () => h.database.db.alert.findFirstOrThrow();
  const say = (text: string, user = h.users.max) => h.post(personalMessage(text, { serviceUrl: h.connector.url, user }));
  const buttons = (card: unknown): Execute[] => {
    const found: Execute[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node && typeof node === 'object') {
        if ((node as Execute).type === 'Action.Execute' && (node as Execute).verb === VERB_BUTTON) found.push(node as Execute);
        Object.values(node).forEach(walk);
      }
    };
    walk(card);
    return found;
  };

  async function fireAndDeliver(): Promise<unknown> {
    // Lea installed the app: her personal chat is known from here on.
    await h.post(installationUpdate('add', 'personal', { serviceUrl: h.connector.url, user: h.users.lea }));
    await say('kennzahl CO2-1 8,3 2023');
    await say('kennzahl CO2-1 7,5 2024');
    h.connector.clear();
    const worker = createDeliveryWorker({ db: h.database.db, clock: fixedClock(NOW), logger: createLogger('silent'), ports: [h.teams.outgoing] });
    await worker.runOnce();
    const dm = h.connector.messages().find((m) => m.conversationId === personalConversationId(h.users.lea));
    expect(dm, 'the alert card in Lea’s personal chat').toBeDefined();
    h.connector.clear();
    return cardsOf(dm!.body)[0];
  }
  const invoke = async (button: Execute) => {
    const response = await h.post(cardAction(VERB_BUTTON, button.data!, { serviceUrl: h.connector.url, user: h.users.lea }));
    expect(response.status).toBe(200);
    const card = (response.body as { value: unknown }).value;
    const followUp = h.connector.messages().map((m) => cardsOf(m.body).map(cardText).join('\n')).join('\n');
    h.connector.clear();
    return { card, followUp };
  };

  it('acknowledge: stored and audited; the card shows it acknowledged without the button, the confirmation follows', async () => {
    const card = await fireAndDeliver();
    expect(cardText(card)).toContain('Alarm 1 (kritisch): CO2-1');
    const acknowledge = buttons(card).find((b) => b.data?.action === 'alert.acknowledge')!;
    expect(acknowledge.data).toEqual({ action: 'alert.acknowledge', value: '1' });
    const { card: replaced, followUp } = await invoke(acknowledge);
    expect(cardText(replaced)).toContain('quittiert von Lea Lead am 10.03.2026');
    expect(buttons(replaced).map((b) => b.data?.action)).toEqual(['alert.snooze', 'alert.openKpi', 'kpi.recordValue']);
    expect(followUp).toContain('Alarm 1 (CO2-1) ist quittiert');
    expect(await alert()).toMatchObject({ state: 'acknowledged', acknowledgedById: h.town.lea.id });
    expect(await h.database.db.auditLog.count({ where: { action: 'alert.acknowledged', actorId: h.town.lea.id } })).toBe(1);
  });

  it('open KPI: the alert card stays, the KPI view follows', async () => {
    const card = await fireAndDeliver();
    const { card: kept, followUp } = await invoke(buttons(card).find((b) => b.data?.action === 'alert.openKpi')!);
    expect(buttons(kept).map((b) => b.data?.action)).toEqual(['alert.acknowledge', 'alert.snooze', 'alert.openKpi', 'kpi.recordValue']);
    expect(followUp).toContain('Kennzahl CO2-1 „CO₂-Emissionen je Einwohner“');
    expect(followUp).toContain('6,82');
    expect(await alert()).toMatchObject({ state: 'firing' });
  });
});
