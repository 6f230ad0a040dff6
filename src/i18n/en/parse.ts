import type { parse as de } from '../de/parse';

export const parse: Record<keyof typeof de, string> = {
};
