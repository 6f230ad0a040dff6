import type { common as de } from '../de/common';

export const common: Record<keyof typeof de, string> = {
  unexpectedError: 'Sorry, something went wrong. Please try again. Reference: {{reference}}',
  helpHeading: 'Verwaltung 2.030 commands',
  helpIntro: 'Upper or lower case does not matter, German commands work too. "help progress" shows more about one command.',
  helpAliases: '(also: {{aliases}})',
  helpStatuses: 'Status: {{statuses}}.',
  helpNumbers: 'Numbers: 412.5 or 412,5; 1.234,5 with German thousands dots. Periods: 2025, 2026-Q3 or Q3/2026, 2026-09 or 09/2026.',
  languageSet: 'From now on I answer you in English, direct messages included. Back to German with “sprache de”.',
  languageUnchanged: 'I already answer you in English.',
  actionDone: 'Done.',
  unknownAction: 'The bot does not know this button (any more). Please use the command instead, e.g. “help”.',
  unknownForm: 'The bot does not know this form (any more). Please open it again, e.g. with “progress”.',
};
