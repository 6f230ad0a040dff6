/**
 * Ids of the product's forms and button actions: what a Button's `action` names and command specs'
 * `opensForm` refers to. The specs themselves are in forms/ and actions/, registered in registry.ts.
 */
export const LOG_PROGRESS_FORM = 'measure.logProgress';
export const RECORD_KPI_FORM = 'kpi.recordValue';
export const REFRESH_MEASURE_ACTION = 'measure.refresh';
export const ACKNOWLEDGE_ALERT_ACTION = 'alert.acknowledge';
export const SNOOZE_ALERT_FORM = 'alert.snooze';
export const OPEN_KPI_ACTION = 'alert.openKpi';
export const CONFIRM_REALLOCATION_ACTION = 'reallocation.confirm';
export const APPROVE_REALLOCATION_ACTION = 'reallocation.approve';
export const CONFIRM_KPI_VALUE_ACTION = 'kpi.confirmValue';
export const REJECT_REALLOCATION_FORM = 'reallocation.reject';
export const ASK_REALLOCATION_FORM = 'reallocation.ask';
export const ANSWER_REALLOCATION_FORM = 'reallocation.answer';
export const REQUEST_REALLOCATION_FORM = 'reallocation.request';
