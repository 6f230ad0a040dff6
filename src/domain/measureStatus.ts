export const MEASURE_STATUSES = ['on_track', 'at_risk', 'delayed', 'done'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export function isMeasureStatus(value: unknown): value is MeasureStatus {
  return typeof value === 'string' && (MEASURE_STATUSES as readonly string[]).includes(value);
}
