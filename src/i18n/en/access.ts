import type { access as de } from '../de/access';

export const access: Record<keyof typeof de, string> = {
};
