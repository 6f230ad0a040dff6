import { formatMoney } from '../format';
import { message, type Message } from '../messages/model';
import type { ViewContext } from './viewContext';

/** The §81 early warning: the year's §83 total passed a threshold of the budget policy. */
export interface SupplementaryBudgetWarning {
  year: number;
  totalCents: bigint;
  thresholdCents: bigint;
  /** §83 items applied in the year. */
  items: number;
  /** The request whose approval passed the threshold. */
  number: number;
  legalBasis: string;
}

export function supplementaryBudgetWarningView(w: SupplementaryBudgetWarning, v: ViewContext): Message {
  const money = (cents: bigint) => formatMoney(cents, v.locale);
  const heading = v.t('budgetOversight:warningHeading', { legalBasis: w.legalBasis });
  const text = v.t('budgetOversight:warningText', { year: w.year, total: money(w.totalCents), threshold: money(w.thresholdCents) });
  return message(`${heading} ${text}`, [
    { type: 'heading', text: heading },
    { type: 'text', text, tone: 'warning' },
    {
      type: 'fields',
      fields: [
        { label: v.t('budgetOversight:warningTotal'), value: money(w.totalCents) },
        { label: v.t('budgetOversight:warningThreshold'), value: money(w.thresholdCents) },
        { label: v.t('budgetOversight:warningItems'), value: String(w.items) },
        { label: v.t('budgetOversight:warningTrigger'), value: v.t('budgetOversight:requestNumber', { number: w.number }) },
      ],
    },
    { type: 'context', text: v.t('budgetOversight:warningNext', { year: w.year }) },
  ]);
}
