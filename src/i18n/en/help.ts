import type { help as de } from '../de/help';

export const help: Record<keyof typeof de, string> = {
};
