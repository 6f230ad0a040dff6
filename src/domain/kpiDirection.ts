export const KPI_DIRECTIONS = ['higher_better', 'lower_better'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];
