import type { measures as de } from '../de/measures';

export const measures: Record<keyof typeof de, string> = {
};
