import type { kpis as de } from '../de/kpis';

export const kpis: Record<keyof typeof de, string> = {
};
