import type { parse as de } from '../de/parse';

export const parse: Record<keyof typeof de, string> = {
  emptyInput: 'Please enter a command. Type “help” to see all commands.',
  unknownCommand: 'I don’t know the command “{{word}}”. Type “help” to see all commands.',
  unknownCommandSuggestion: 'I don’t know the command “{{word}}”. Did you mean “{{suggestion}}”? Type “help” to see all commands.',
  unknownHelpTopic: '“{{topic}}” is not a command. Type “help” to see all commands.',
  unknownHelpTopicSuggestion: '“{{topic}}” is not a command. Did you mean “help {{suggestion}}”?',
  unexpectedArguments: 'I can’t make sense of “{{extra}}” here. The command goes like this: {{usage}}',
  missingMeasureCode: 'Please give the code of the measure, e.g. M-12. The command goes like this: {{usage}} – example: {{example}}',
  invalidMeasureCode: '“{{value}}” is not a measure code. Measure codes look like this: M-12.',
  missingKpiCode: 'Please give the code of the KPI, e.g. CO2-1. The command goes like this: {{usage}} – example: {{example}}',
  invalidKpiCode: '“{{value}}” is not a KPI code. KPI codes look like this: CO2-1, MOB-2, ABF-1.',
  missingPercent: 'Please give the progress in percent (0 to 100). The command goes like this: {{usage}} – example: {{example}}',
  invalidPercent: '“{{value}}” is not a percentage. Please give a whole number from 0 to 100, e.g. 60 or 60%.',
  percentNotWhole: 'Progress is recorded in whole percent, and “{{value}}” has decimals. Please round it to a whole number, e.g. 60.',
  percentOutOfRange: '“{{value}}” is not between 0 and 100 percent. Please give a whole number from 0 to 100.',
  unknownStatus:
    '“{{value}}” is not a status. Did you mean “{{suggestion}}”? Allowed: {{allowed}}. If your note starts with this word, give the status first.',
  missingKpiValue: 'Please give the value of the KPI, e.g. 412.5. The command goes like this: {{usage}} – example: {{example}}',
  periodBeforeValue: '“{{period}}” is a period. Please give the value first and the period after it. The command goes like this: {{usage}} – example: {{example}}',
  invalidPeriod:
    '“{{value}}” is not a valid period. Use a year (2026), a quarter (2026-Q3, Q3/2026 or 3rd quarter 2026) or a month (2026-09, 09/2026 or September 2026). A note may only begin after the period.',
  dateIsNoPeriod:
    '“{{value}}” is a date; values are recorded for a period. You probably mean the year {{year}}, the quarter {{quarter}} or the month {{month}}, depending on how often the key figure is recorded.',
  unreadableText: 'The text contains characters that are not valid text. Please type it again instead of pasting it.',
  missingNumber: 'Please enter a number, e.g. 412.5.',
  invalidNumber: '“{{value}}” is not a valid number. Examples: 412.5 · 412,5 · 1.234,5 · -3',
  invalidAmount: '“{{value}}” is not a valid amount. Examples: 1234.56 EUR · 1.234,56 € · 1234,56',
  ambiguousNumber: '“{{value}}” is ambiguous: it could mean {{thousands}} or {{decimal}}. Please write {{thousands}} or {{decimal}}.',
  englishNumberFormat: '“{{value}}” uses commas as thousands separators. Please write the number without them: {{german}} or {{plain}}.',
  englishThousands: '“{{value}}” uses commas as thousands separators. Please write {{plain}}.',
  numberTooLarge: '“{{value}}” is too large: at most {{maxDigits}} digits before the decimal separator are allowed.',
  tooManyDigits: '“{{value}}” has more than {{max}} significant digits, more than the bot stores exactly. Please round it, e.g. to {{rounded}}.',
  tooManyDecimals: '“{{value}}” has too many decimal places: at most {{max}} are allowed.',
  missingSubscriptionKind: 'Please say what to subscribe to. The command is: {{usage}} – example: {{example}}',
  unknownSubscriptionKind: '"{{value}}" cannot be subscribed to. Possible: {{allowed}}.',
  invalidActionFieldCode: '"{{value}}" is not an action field code. Codes look like this: MOB, KLI, WOH.',
};
