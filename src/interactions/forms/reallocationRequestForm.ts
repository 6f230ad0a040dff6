import { parseBudgetAmount } from '../../domain/budget/amountInput';
import { SUSTAINABILITY_EFFECTS } from '../../domain/budget/sustainabilityCheck';
import { availableCents } from '../../domain/budget/lines';
import { formatMoney } from '../../format';
import type { UseCaseContext } from '../../usecases/context';
import { findJointBudget } from '../../usecases/budget/findJointBudget';
import { lineColumns, snapshotOf } from '../../usecases/budget/lineSnapshot';
import { proposeReallocation } from '../../usecases/budget/proposeReallocation';
import { proposalView } from '../../views/budgetViews';
import type { FormSpec } from '../formSpec';
import { REQUEST_REALLOCATION_FORM } from '../ids';
import { required } from './required';

/** The lines of the year: the person's joint budget first (the sources they may give from), then every other target. */
async function linesOfTheYear(ctx: UseCaseContext) {
  const budget = await findJointBudget(ctx);
  const lines = await ctx.db.budgetLine.findMany({ where: { tenantId: ctx.actor.tenant.id, year: budget.year }, select: lineColumns, orderBy: { code: 'asc' } });
  const own = lines.filter((l) => l.jointBudgetId === budget.id);
  return { own, others: lines.filter((l) => l.jointBudgetId !== budget.id) };
}

/**
 * The request form (`umschichtung` alone, any platform): amount, a source among the person's lines
 * with what each can give, a target line, the reason, for §83 items why the expense is
 * unavoidable, and the Nachhaltigkeitscheck (effect on the field's goals, a sentence). Its submit answers like the text command: the classification, nothing filed yet.
 */
export const reallocationRequestFormSpec: FormSpec = {
  id: REQUEST_REALLOCATION_FORM,
  prefillField: 'from',
  async build(ctx, { t, locale }, prefillCode) {
    const { own, others } = await linesOfTheYear(ctx);
    const option = (l: (typeof own)[number]) => ({ value: l.code, label: t('budgetView:lineOption', { code: l.code, name: l.name, available: formatMoney(availableCents(snapshotOf(l)), locale) }) });
    const sources = own.filter((l) => !l.blocked && l.kind !== 'income').map(option);
    return {
      id: REQUEST_REALLOCATION_FORM,
      title: t('budgetView:formTitle'),
      intro: t('budgetView:formIntro'),
      submitLabel: t('budgetView:formSubmit'),
      fields: [
        { id: 'amount', label: t('budgetView:formAmount'), kind: 'text', required: true, hint: t('budgetView:formAmountHint') },
        { id: 'from', label: t('budgetView:formFrom'), kind: 'select', required: true, initial: sources.find((o) => o.value === prefillCode)?.value, options: sources },
        { id: 'to', label: t('budgetView:formTo'), kind: 'select', required: true, options: [...own, ...others].map(option) },
        { id: 'reason', label: t('budgetView:reason'), kind: 'textarea', required: true, hint: t('budgetView:textHint') },
        { id: 'justification', label: t('budgetView:justification'), kind: 'textarea', required: false, hint: t('budgetView:formJustificationHint') },
        { id: 'effect', label: t('budgetView:formEffect'), kind: 'select', required: true, options: SUSTAINABILITY_EFFECTS.map((e) => ({ value: e, label: t(`budgetView:formEffectOption_${e}`) })) },
        { id: 'effectNote', label: t('budgetView:formEffectNote'), kind: 'textarea', required: true, hint: t('budgetView:formEffectNoteHint') },
      ],
    };
  },
  async submit(ctx, view, values) {
    const amount = parseBudgetAmount(required(values.amount, 'amount'));
    if (!amount.ok) throw amount.error;
    const proposal = await proposeReallocation(ctx, {
      amountCents: amount.cents,
      fromCode: required(values.from, 'from'),
      toCode: required(values.to, 'to'),
      reason: required(values.reason, 'reason'),
      justification: values.justification?.trim() || undefined,
      effect: required(values.effect, 'effect'),
      effectNote: required(values.effectNote, 'effectNote'),
    });
    return proposalView(proposal, view);
  },
  errorFields: [
    [/^parse:/, 'amount'],
    [/^budget:(notYourLine|unknownLine)/, 'from'],
    [/^budget:reason/, 'reason'],
    [/^budget:sustainabilityEffect/, 'effect'],
    [/^budget:sustainability/, 'effectNote'],
  ],
};
