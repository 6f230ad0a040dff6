import type { DecisionOutcome } from '../usecases/budget/decideReallocation';
import type { FiledReallocation } from '../usecases/budget/fileReallocation';
import type { ReallocationProposalView } from '../usecases/budget/proposeReallocation';
import type { JointBudgetFigures } from '../usecases/budget/showBudget';
import { effectSymbol, type SustainabilityCheck } from '../domain/budget/sustainabilityCheck';
import { formatMoney, formatPercent } from '../format';
import { localizedBudgetName } from '../format/localizedName';
import { ANSWER_REALLOCATION_FORM, APPROVE_REALLOCATION_ACTION, ASK_REALLOCATION_FORM, CONFIRM_REALLOCATION_ACTION, REJECT_REALLOCATION_FORM } from '../interactions/ids';
import { message, type Block, type Message } from '../messages/model';
import type { ViewContext } from './viewContext';

const money = (cents: bigint, v: ViewContext) => formatMoney(cents, v.locale);

/** `+ positiv — the sentence`: the Nachhaltigkeitscheck as approvers and reports read it. */
export function sustainabilityText(s: SustainabilityCheck, v: ViewContext): string {
  return v.t('budgetView:sustainabilityValue', { symbol: effectSymbol(s.effect), effect: v.t(`budgetView:effect_${s.effect}`), note: s.note });
}

/** `budget`: the joint budget's lines with their figures, totals and execution against the year. */
export function budgetView(f: JointBudgetFigures, v: ViewContext): Message {
  const m = (c: bigint) => money(c, v);
  const marker = (l: JointBudgetFigures['lines'][number]) =>
    [l.blocked ? v.t('budgetView:markBlocked') : '', l.earmark ? v.t('budgetView:earmarked', { purpose: l.earmark }) : ''].filter(Boolean).join(' ');
  const rows = f.lines.map((l) => [l.code, `${l.name}${marker(l) ? ` (${marker(l)})` : ''}`, m(l.plannedCents), m(l.inCents), m(l.outCents), m(l.committedCents), m(l.spentCents), m(l.availableCents)]);
  rows.push(['', v.t('budgetView:rowTotal'), m(f.totals.plannedCents), m(f.totals.inCents), m(f.totals.outCents), m(f.totals.committedCents), m(f.totals.spentCents), m(f.totals.availableCents)]);
  const right = { align: 'right' as const };
  const name = localizedBudgetName(f.budget, v.locale);
  return message(v.t('budgetView:summary', { name }), [
    { type: 'heading', text: name },
    {
      type: 'table',
      columns: [
        { header: v.t('budgetView:colCode') },
        { header: v.t('budgetView:colLine') },
        { header: v.t('budgetView:colPlanned'), ...right },
        { header: v.t('budgetView:colIn'), ...right },
        { header: v.t('budgetView:colOut'), ...right },
        { header: v.t('budgetView:colCommitted'), ...right },
        { header: v.t('budgetView:colSpent'), ...right },
        { header: v.t('budgetView:colAvailable'), ...right },
      ],
      rows,
    },
    { type: 'context', text: v.t('budgetView:execution', { spent: formatPercent(f.spentPercent, v.locale), elapsed: formatPercent(f.yearElapsedPercent, v.locale) }) },
  ]);
}

function classificationLine(p: ReallocationProposalView, v: ViewContext): string {
  const c = p.classification;
  if (c.kind === 'refused') return '';
  return v.t(`budgetView:kind_${c.kind}`, { legalBasis: c.legalBasis });
}

/** The answer to `umschichtung`: the classification before anything is filed, and the confirm button. */
export function proposalView(p: ReallocationProposalView, v: ViewContext): Message {
  const c = p.classification;
  const what = v.t('budgetView:what', { amount: money(p.input.amountCents, v), from: p.from.code, to: p.to.code });
  if (c.kind === 'refused') {
    const text = v.t(`budget:refused_${c.rule}`, { legalBasis: c.legalBasis ?? '', available: money(c.availableCents ?? 0n, v), line: p.blockedLine });
    return message(text, [{ type: 'text', text: what }, { type: 'text', text, tone: 'critical' }]);
  }
  const deciders = p.deciders.map((d) => d.displayName).join(', ') || '—';
  const blocks: Block[] = [
    { type: 'text', text: what },
    { type: 'text', text: classificationLine(p, v), tone: c.kind === 'internal' ? 'good' : 'warning' },
    ...(p.sustainability ? [{ type: 'text' as const, text: `${v.t('budgetView:sustainability')}: ${sustainabilityText(p.sustainability, v)}` }] : []),
    { type: 'context', text: v.t('budgetView:deciders', { deciders, approvals: c.tier.approvals }) },
  ];
  if (c.councilConsent) blocks.push({ type: 'text', text: v.t('budgetView:councilFirst', { cumulative: money(c.cumulativeCents, v) }), tone: 'warning' });
  blocks.push({ type: 'text', text: v.t('budgetView:confirmHint') });
  blocks.push({ type: 'actions', buttons: [{ action: CONFIRM_REALLOCATION_ACTION, label: v.t('budgetView:confirm'), value: 'draft', style: 'primary' }] });
  return message(what, blocks);
}

export function filedView(f: FiledReallocation, v: ViewContext): Message {
  const text = f.duplicate ? v.t('budgetView:filedBefore', { number: f.number }) : v.t(`budgetView:filed_${f.status}`, { number: f.number });
  return message(text, [{ type: 'text', text, tone: 'good' }]);
}

export function decidedView(o: DecisionOutcome, v: ViewContext): Message {
  const text =
    o.status === 'pending' && o.before === 'pending'
      ? v.t('budgetView:approvedPartly', { number: o.number, approvals: o.approvals, needed: o.approvalsNeeded })
      : v.t(`budgetView:status_${o.status}`, { number: o.number });
  return message(text, [{ type: 'text', text, tone: o.status === 'rejected' ? 'warning' : 'good' }]);
}

export interface RequestCard {
  number: number;
  amountCents: bigint;
  from: string;
  to: string;
  reason: string;
  justification: string | null;
  /** Nachhaltigkeitscheck; null for requests filed before it existed. */
  sustainability: SustainabilityCheck | null;
  requester: string;
  classification: string;
  legalBasis: string;
  status: string;
  /** The latest question back to the requester and its answer, if any. */
  question: { question: string; answer: string | null } | null;
  /** The rejecting approver's comment. */
  rejection: string | null;
}

/** The message approvers get (and that is updated in place when decided). */
export function requestCard(r: RequestCard, v: ViewContext, withButtons: boolean): Message {
  const what = v.t('budgetView:requestHeading', { number: r.number, amount: money(r.amountCents, v), from: r.from, to: r.to });
  const blocks: Block[] = [
    { type: 'heading', text: what },
    {
      type: 'fields',
      fields: [
        { label: v.t('budgetView:requester'), value: r.requester },
        { label: v.t('budgetView:classification'), value: v.t(`budgetView:kind_${r.classification}`, { legalBasis: r.legalBasis }) },
        { label: v.t('budgetView:reason'), value: r.reason },
        ...(r.justification ? [{ label: v.t('budgetView:justification'), value: r.justification }] : []),
        ...(r.sustainability ? [{ label: v.t('budgetView:sustainability'), value: sustainabilityText(r.sustainability, v) }] : []),
        ...(r.question ? [{ label: v.t('budgetView:questionField'), value: r.question.question }] : []),
        ...(r.question?.answer ? [{ label: v.t('budgetView:answerField'), value: r.question.answer }] : []),
        ...(r.rejection ? [{ label: v.t('budgetView:rejection'), value: r.rejection }] : []),
      ],
    },
    { type: 'context', text: v.t(`budgetView:status_${r.status}`, { number: r.number }) },
  ];
  if (withButtons) {
    blocks.push({ type: 'text', text: v.t('budgetView:decideHint', { number: r.number }) });
    const value = String(r.number);
    blocks.push({
      type: 'actions',
      buttons: [
        { action: APPROVE_REALLOCATION_ACTION, label: v.t('budgetView:approve'), value, style: 'primary' },
        { action: REJECT_REALLOCATION_FORM, label: v.t('budgetView:rejectButton'), value, style: 'danger' },
        { action: ASK_REALLOCATION_FORM, label: v.t('budgetView:askButton'), value },
      ],
    });
  }
  return message(what, blocks);
}

/** A reminder to a decider: how long the request has waited, then the request with its buttons. */
export function reminderCard(r: RequestCard, v: ViewContext, workingDays: number): Message {
  const text = v.t('budgetView:reminder', { number: r.number, days: workingDays });
  const card = requestCard(r, v, true);
  return message(text, [{ type: 'text', text, tone: 'warning' }, ...card.blocks]);
}

/** What the requester hears directly when someone decides their request or asks back. */
export function requesterNotice(n: { number: number; status: string; by: string; text: string }, v: ViewContext): Message {
  const summary = v.t(`budgetView:notice_${n.status}`, { number: n.number, by: n.by });
  const blocks: Block[] = [{ type: 'text', text: summary, tone: n.status === 'approved' ? 'good' : 'warning' }];
  if (n.text) blocks.push({ type: 'text', text: n.text });
  if (n.status === 'info_requested') {
    blocks.push({ type: 'context', text: v.t('budgetView:answerHint', { number: n.number }) });
    blocks.push({ type: 'actions', buttons: [{ action: ANSWER_REALLOCATION_FORM, label: v.t('budgetView:answerButton'), value: String(n.number), style: 'primary' }] });
  }
  return message(summary, blocks);
}

export function requestListView(list: { waiting: RequestCard[]; mine: RequestCard[] }, v: ViewContext): Message {
  const line = (r: RequestCard) => {
    const text = v.t('budgetView:listLine', { number: r.number, amount: money(r.amountCents, v), from: r.from, to: r.to, state: v.t(`budgetView:state_${r.status}`) });
    const open = r.status === 'info_requested' && r.question && !r.question.answer;
    return open ? v.t('budgetView:listLineQuestion', { line: text, question: r.question!.question }) : text;
  };
  const blocks: Block[] = [
    { type: 'heading', text: v.t('budgetView:waitingHeading') },
    list.waiting.length ? { type: 'list', items: list.waiting.map(line) } : { type: 'text', text: v.t('budgetView:noneListed') },
    { type: 'heading', text: v.t('budgetView:mineHeading') },
    list.mine.length ? { type: 'list', items: list.mine.map(line) } : { type: 'text', text: v.t('budgetView:noneListed') },
  ];
  return message(v.t('budgetView:waitingHeading'), blocks);
}
