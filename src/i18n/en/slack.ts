import type { slack as de } from '../de/slack';

export const slack: Record<keyof typeof de, string> = {
};
