import type { budgetOversight as de } from '../de/budgetOversight';

export const budgetOversight: Record<keyof typeof de, string> = {
  warningHeading: 'Early warning: supplementary budget ({{legalBasis}})',
  warningText:
    'Unplanned and over-plan expenses of {{year}} (§ 83 GO NRW) now total {{total}}, above the threshold of {{threshold}}. Please check whether a supplementary budget statute is needed.',
  warningTotal: '§ 83 total of the year',
  warningThreshold: 'Threshold',
  warningItems: 'Items',
  warningTrigger: 'Triggered by',
  requestNumber: 'Request no. {{number}}',
  warningNext: 'The list for the council: v2030 report council-list --year {{year}}',
};
