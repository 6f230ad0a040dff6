import Decimal from 'decimal.js';
import { DateTime } from 'luxon';
import { formatDate, formatDecimal, formatMoney } from '../format';
import { localizedName, type Named } from '../format/localizedName';
import { ACKNOWLEDGE_ALERT_ACTION, OPEN_KPI_ACTION, RECORD_KPI_FORM, SNOOZE_ALERT_FORM } from '../interactions/ids';
import { message, type Block, type Button, type Message } from '../messages/model';
import type { AlertSubject } from '../alerts/alertSubject';
import type { ViewContext } from './viewContext';

/** What a view says about one alert. */
export interface AlertItem {
  number: number;
  kind: string;
  state: string;
  severity: string;
  period: string | null;
  value: { toString(): string } | null;
  expected: { toString(): string } | null;
  deviationPct: { toString(): string } | null;
  offPeriods: number;
  snoozedUntil: Date | null;
  acknowledgedAt: Date | null;
  acknowledgedBy?: string;
  resolvedAt?: Date | null;
  subject: Pick<AlertSubject, 'type' | 'code' | 'name' | 'nameEn' | 'unit' | 'decimals'>;
}

const isBudget = (a: AlertItem) => a.kind === 'budget';

/** A budget alert's amount (euros with cents, stored as a decimal) as money. */
const money = (x: { toString(): string }, v: ViewContext) => formatMoney(BigInt(new Decimal(x.toString()).times(100).toFixed(0)), v.locale);

/** The period an alert names: a budget alert's is the day it was evaluated, a KPI alert's the KPI's period key. */
function periodOf(a: AlertItem, v: ViewContext): string {
  if (!a.period) return '–';
  return isBudget(a) ? formatDate(DateTime.fromISO(a.period, { zone: v.zone }).toJSDate(), v.locale, v.zone) : a.period;
}

function params(a: AlertItem, v: ViewContext) {
  const num = (x: { toString(): string } | null) => {
    if (x === null) return '–';
    return isBudget(a) ? money(x, v) : formatDecimal(x.toString(), v.locale, Math.max(a.subject.decimals, 2));
  };
  const deviation = a.deviationPct === null ? '–' : `${new Decimal(a.deviationPct.toString()).gte(0) ? '+' : ''}${formatDecimal(a.deviationPct.toString(), v.locale, 1)} %`;
  return {
    number: a.number,
    code: a.subject.code,
    name: localizedName(a.subject, v.locale),
    unit: a.subject.unit,
    period: periodOf(a, v),
    value: num(a.value),
    expected: num(a.expected),
    deviation,
    periods: a.offPeriods,
    severity: v.t(`alerts:severity_${a.severity}`),
  };
}

/** One line about an alert: what is off, by how much, for how long. */
export function alertLine(a: AlertItem, v: ViewContext): string {
  const key = a.kind === 'kpi_missing' ? 'alerts:missingLine' : isBudget(a) ? 'alerts:budgetLine' : 'alerts:offTargetLine';
  return v.t(key, params(a, v));
}

/**
 * Where an alert's buttons are: in its announcement (a click updates that message) or in the `alarme`
 * list (a click updates the list). The buttons' value is the alert's number, `:list` marks the list.
 */
export type AlertButtonOrigin = 'message' | 'list';

export const alertButtonValue = (number: number, origin: AlertButtonOrigin) => (origin === 'list' ? `${number}:list` : String(number));

/** An alert button's value: the alert's number and where the button is. */
export function readAlertButton(value: string): { number: number; origin: AlertButtonOrigin } {
  const [number, origin] = value.split(':');
  return { number: Number(number), origin: origin === 'list' ? 'list' : 'message' };
}

function alertButtons(a: AlertItem, v: ViewContext, origin: AlertButtonOrigin): Button[] {
  if (a.state !== 'firing' && a.state !== 'acknowledged') return [];
  const value = alertButtonValue(a.number, origin);
  return [
    ...(a.state === 'firing' ? [{ action: ACKNOWLEDGE_ALERT_ACTION, label: v.t('alerts:acknowledgeButton'), value, style: 'primary' as const }] : []),
    { action: SNOOZE_ALERT_FORM, label: v.t('alerts:snoozeButton'), value: String(a.number) },
    // A budget line has no KPI to open or value to record.
    ...(a.subject.type === 'kpi'
      ? [
          { action: OPEN_KPI_ACTION, label: v.t('alerts:openKpiButton'), value },
          { action: RECORD_KPI_FORM, label: v.t('alerts:recordButton'), value: a.subject.code },
        ]
      : []),
  ];
}

/** Where an alert stands: pending, firing, acknowledged (by whom, when) or resolved, and a snooze. */
export function alertStateLine(a: AlertItem, v: ViewContext): string {
  const date = (d: Date) => formatDate(d, v.locale, v.zone);
  let state: string;
  if (a.state === 'acknowledged' && a.acknowledgedAt) state = v.t('alerts:stateAcknowledged', { name: a.acknowledgedBy ?? '?', date: date(a.acknowledgedAt) });
  else if (a.state === 'resolved' && a.resolvedAt) state = v.t('alerts:stateResolved', { date: date(a.resolvedAt) });
  else if (a.state === 'pending') state = v.t('alerts:statePending', { periods: a.offPeriods });
  else state = v.t('alerts:stateFiring');
  const snoozed = a.snoozedUntil && a.snoozedUntil > v.now && (a.state === 'firing' || a.state === 'acknowledged');
  return snoozed ? `${state} · ${v.t('alerts:snoozedUntil', { date: date(a.snoozedUntil!) })}` : state;
}

/** Alerts of one action field that fired (or are sent again while unacknowledged), with their buttons. */
export function alertsFiredMessage(field: Named, alerts: AlertItem[], v: ViewContext, repeat = false): Message {
  const budget = alerts.filter(isBudget).length;
  const about = budget === 0 ? '' : budget === alerts.length ? 'Budget' : 'Mixed';
  const title = v.t(`${repeat ? 'alerts:repeatTitle' : 'alerts:firedTitle'}${about}`, { field: localizedName(field, v.locale) });
  const blocks: Block[] = [{ type: 'heading', text: title }];
  for (const a of alerts) {
    blocks.push({ type: 'text', text: alertLine(a, v), tone: a.state === 'resolved' ? 'good' : a.severity === 'critical' ? 'critical' : 'warning' });
    if (a.state !== 'firing') blocks.push({ type: 'context', text: alertStateLine(a, v) });
    const buttons = alertButtons(a, v, 'message');
    if (buttons.length > 0) blocks.push({ type: 'actions', buttons });
  }
  return message(alerts.length === 1 ? alertLine(alerts[0]!, v) : title, blocks, 'channel');
}

/** The notice in an alert's thread when it turned critical or was resolved. */
export function alertFollowUpMessage(a: AlertItem, transition: 'escalated' | 'resolved', v: ViewContext): Message {
  const key = transition === 'escalated' ? 'alerts:escalated' : a.kind === 'kpi_missing' ? 'alerts:resolvedMissing' : 'alerts:resolved';
  const text = v.t(isBudget(a) ? `${key}Budget` : key, params(a, v));
  return message(text, [{ type: 'text', text, tone: transition === 'resolved' ? 'good' : 'critical' }], 'channel');
}

/** `alarme`: the open alerts in the person's scope, most severe first, each with its buttons. */
export function alertListView(alerts: AlertItem[], v: ViewContext): Message {
  const title = v.t('alerts:listTitle');
  if (alerts.length === 0) return message(v.t('alerts:listEmpty'), [{ type: 'text', text: v.t('alerts:listEmpty'), tone: 'good' }]);
  const blocks: Block[] = [{ type: 'heading', text: title }];
  for (const a of alerts) {
    blocks.push({ type: 'text', text: alertLine(a, v), tone: a.severity === 'critical' ? 'critical' : 'warning' });
    blocks.push({ type: 'context', text: alertStateLine(a, v) });
    blocks.push({ type: 'actions', buttons: alertButtons(a, v, 'list') });
  }
  return message(title, blocks);
}

export function alertAcknowledgedView(a: AlertItem, v: ViewContext): Message {
  const text = v.t(isBudget(a) ? 'alerts:acknowledgedBudget' : 'alerts:acknowledged', { number: a.number, code: a.subject.code });
  return message(text, [{ type: 'text', text, tone: 'good' }, { type: 'context', text: alertLine(a, v) }]);
}

export function alertSnoozedView(a: AlertItem, v: ViewContext): Message {
  const text = v.t('alerts:snoozed', { number: a.number, code: a.subject.code, date: formatDate(a.snoozedUntil!, v.locale, v.zone) });
  return message(text, [{ type: 'text', text, tone: 'good' }, { type: 'context', text: alertLine(a, v) }]);
}
