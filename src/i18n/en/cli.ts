import type { cli as de } from '../de/cli';

export const cli: Record<keyof typeof de, string> = {
};
