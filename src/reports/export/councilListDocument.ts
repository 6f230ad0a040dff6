import { formatDate, formatMoney } from '../../format';
import type { CouncilList, CouncilListItem } from '../../usecases/reports/councilList';
import type { ViewContext } from '../../views/viewContext';
import type { Cell, ReportDocument } from './reportDocument';

/** What the council is asked or told: consent given (date, reference), consent awaited, or information only. */
function councilCell(item: CouncilListItem, v: ViewContext): string {
  if (!item.councilConsentNeeded) return v.t('budgetOversight:councilInformation');
  if (item.councilDecidedOn) return v.t('budgetOversight:councilConsented', { date: formatDate(item.councilDecidedOn, v.locale, 'UTC'), reference: item.councilReference ?? '' });
  return v.t('budgetOversight:councilAwaited');
}

/** `v2030 report council-list`: the year's über- and außerplanmäßige items for the council, one table. */
export function councilListDocument(list: CouncilList, v: ViewContext): ReportDocument {
  const h = (key: string) => v.t(`budgetOversight:col_${key}`);
  const row = (i: CouncilListItem): Cell[] => [
    i.number,
    i.fieldCode,
    v.t(`budgetOversight:kind_${i.classification}`),
    i.fromLine,
    `${i.toLine} ${i.toLineName}`,
    { cents: i.amountCents },
    { cents: i.cumulativeCents },
    i.reason,
    i.justification,
    v.t(`budgetOversight:cover_${i.cover}`),
    i.filedAt,
    i.decidedAt,
    i.decidedBy,
    v.t(`budgetView:state_${i.status}`),
    councilCell(i, v),
  ];
  return {
    title: v.t('budgetOversight:councilTitle', { year: list.year, tenant: list.tenantName }),
    subtitle: v.t('budgetOversight:councilSubtitle', {
      asOf: formatDate(list.asOf, v.locale, v.zone),
      materiality: formatMoney(list.materialityThresholdCents, v.locale),
      total: formatMoney(list.approvedTotalCents, v.locale),
      count: list.items.length,
    }),
    asOf: list.asOf,
    tables: [
      {
        name: v.t('budgetOversight:councilSheet'),
        headers: ['number', 'field', 'kind', 'from', 'to', 'amount', 'cumulative', 'reason', 'justification', 'cover', 'filed', 'decided', 'decidedBy', 'status', 'council'].map(h),
        rows: list.items.map(row),
      },
    ],
    charts: () => [],
  };
}
