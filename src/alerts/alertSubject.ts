import type { Transition } from './alertMachine';
import type { AlertRow } from './alertRows';

/**
 * What an alert is about: a KPI (off its target path, value missing) or a budget line (spending ahead
 * of the year). Messages, recipients and scopes only need these facts, whatever the subject is.
 */
export interface AlertSubject {
  type: 'kpi' | 'budgetLine';
  code: string;
  name: string;
  /** The English name where one is set (KPIs; budget lines have none). */
  nameEn?: string | null;
  /** The unit its figures are in (a budget line's: €) and the decimals they are shown with. */
  unit: string;
  decimals: number;
  /** The core team responsible (a budget line: its action field's team) and its action field. */
  teamId: string;
  actionFieldId: string;
}

/** The facts of a KPI as an alert's subject. */
export const kpiSubject = (kpi: { code: string; name: string; nameEn?: string | null; unit: string; decimals: number; teamId: string; team: { actionFieldId: string } }): AlertSubject => ({
  type: 'kpi',
  code: kpi.code,
  name: kpi.name,
  nameEn: kpi.nameEn ?? null,
  unit: kpi.unit,
  decimals: kpi.decimals,
  teamId: kpi.teamId,
  actionFieldId: kpi.team.actionFieldId,
});

/** The facts of a budget line as an alert's subject (amounts in euros with cents). */
export const budgetLineSubject = (line: { code: string; name: string }, field: { id: string; teamId: string }): AlertSubject => ({
  type: 'budgetLine',
  code: line.code,
  name: line.name,
  unit: '€',
  decimals: 2,
  teamId: field.teamId,
  actionFieldId: field.id,
});

/** A transition people hear about, with what the message needs to say about the alert's subject. */
export interface AlertChange {
  alert: AlertRow;
  transition: Extract<Transition, 'fired' | 'escalated' | 'resolved'>;
  subject: AlertSubject;
}

export const heard = (t: Transition | undefined): t is AlertChange['transition'] => t === 'fired' || t === 'escalated' || t === 'resolved';
