import { formatDate, formatMoney } from '../../format';
import type { Block } from '../../messages/model';
import { sustainabilityText } from '../../views/budgetViews';
import type { ViewContext } from '../../views/viewContext';
import type { InYearReport, ReallocationItem } from './inYearReport';
import { periodLabel } from './periodLabel';


/** Open alerts, pending and decided reallocations, the year's über- and außerplanmäßige items; "no data yet" where nothing was ever recorded. */
export function decisionBlocks(report: InYearReport, v: ViewContext): Block[] {
  const { t } = v;
  const money = (cents: string) => formatMoney(BigInt(cents), v.locale);
  const date = (iso: string) => formatDate(new Date(iso), v.locale, v.zone);
  const realloc = (r: ReallocationItem) => {
    const entry = t('reports:reallocationEntry', { number: r.number, field: r.fieldCode, from: r.fromLine, to: r.toLine, amount: money(r.amountCents), status: t(`reports:reallocationStatus_${r.status}`), date: date(r.at) });
    return r.sustainability ? t('reports:reallocationSustainability', { entry, check: sustainabilityText(r.sustainability, v) }) : entry;
  };
  const section = (heading: string, items: string[] | null): Block[] => [
    { type: 'context', text: t(heading) },
    items === null ? { type: 'text', text: t('reports:noDataYet') } : items.length === 0 ? { type: 'text', text: t('reports:none') } : { type: 'list', items },
  ];
  const total = report.unplanned?.reduce((sum, r) => sum + BigInt(r.amountCents), 0n);
  return [
    { type: 'heading', text: t('reports:decisionsHeading') },
    ...section(
      'reports:alertsHeading',
      report.alerts?.map((a) =>
        t('reports:alertEntry', { number: a.number, kpi: a.kpiCode ?? '–', severity: t(`reports:light_${a.severity}`), state: t(`reports:alertState_${a.state}`), period: a.period ? periodLabel(a.period) : '–' }),
      ) ?? null,
    ),
    ...section('reports:pendingHeading', report.reallocations?.pending.map(realloc) ?? null),
    ...section('reports:decidedHeading', report.reallocations?.decided.map(realloc) ?? null),
    ...section('reports:unplannedHeading', report.unplanned?.map(realloc) ?? null),
    ...(total !== undefined && total > 0n ? [{ type: 'context' as const, text: t('reports:unplannedTotal', { amount: money(total.toString()) }) }] : []),
  ];
}
