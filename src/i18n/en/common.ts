import type { common as de } from '../de/common';

export const common: Record<keyof typeof de, string> = {
  unexpectedError: 'Sorry, something went wrong. Please try again. Reference: {{reference}}',
};
