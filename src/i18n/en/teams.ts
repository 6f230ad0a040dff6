import type { teams as de } from '../de/teams';

export const teams: Record<keyof typeof de, string> = {
};
