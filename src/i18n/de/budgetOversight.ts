/** Oversight of the budget year: the §81 early warning, the council list, delegations (issue 12). */
export const budgetOversight = {
  warningHeading: 'Frühwarnung Nachtragssatzung ({{legalBasis}})',
  warningText:
    'Die über- und außerplanmäßigen Aufwendungen {{year}} (§ 83 GO NRW) betragen jetzt {{total}} und liegen über der Schwelle von {{threshold}}. Bitte prüfen Sie, ob eine Nachtragssatzung nötig ist.',
  warningTotal: 'Summe § 83 im Jahr',
  warningThreshold: 'Schwelle',
  warningItems: 'Vorgänge',
  warningTrigger: 'Ausgelöst durch',
  requestNumber: 'Antrag Nr. {{number}}',
  warningNext: 'Die Liste für den Rat: v2030 report council-list --year {{year}}',
};
