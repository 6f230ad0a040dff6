/** Identifiers of the core's forms and of the buttons that open them (Slack modals, Teams cards, console). */
export const LOG_PROGRESS_FORM = 'measure.logProgress';
export const RECORD_KPI_FORM = 'kpi.recordValue';
export const FORM_IDS = [LOG_PROGRESS_FORM, RECORD_KPI_FORM] as const;
export type FormId = (typeof FORM_IDS)[number];

export function isFormId(value: string): value is FormId {
  return (FORM_IDS as readonly string[]).includes(value);
}
