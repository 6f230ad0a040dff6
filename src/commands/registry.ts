import { LOCALES } from '../i18n';
import { KeywordTable } from './keywordTable';
import { acknowledgeAlertCommand, listAlertsCommand, snoozeAlertCommand } from './specs/alerts';
import {
  confirmReallocationCommand,
  decideReallocationCommands,
  listRequestsCommand,
  recordCouncilConsentCommand,
  requestReallocationCommand,
  showBudgetCommand,
} from './specs/budget';
import { helpCommand } from './specs/help';
import { setLanguageCommand } from './specs/language';
import { logProgressCommand } from './specs/logProgress';
import { mineCommand } from './specs/mine';
import { lockPeriodCommand, reopenPeriodCommand } from './specs/periodLock';
import { recordKpiValueCommand } from './specs/recordKpiValue';
import { remindersCommand } from './specs/reminders';
import { delegateCommand } from './specs/delegate';
import { showMeasureCommand } from './specs/showMeasure';
import { showReportCommand } from './specs/showReport';
import { listSubscriptionsCommand, subscribeCommand, unsubscribeCommand } from './specs/subscribe';
import type { AnyCommandSpec, CommandName } from './types';

/** Every command of the chat language, in the order help lists them. */
export const COMMAND_SPECS: readonly AnyCommandSpec[] = [
  helpCommand,
  mineCommand,
  showMeasureCommand,
  logProgressCommand,
  recordKpiValueCommand,
  subscribeCommand,
  unsubscribeCommand,
  listSubscriptionsCommand,
  listAlertsCommand,
  acknowledgeAlertCommand,
  snoozeAlertCommand,
  showReportCommand,
  showBudgetCommand,
  requestReallocationCommand,
  confirmReallocationCommand,
  listRequestsCommand,
  ...decideReallocationCommands,
  recordCouncilConsentCommand,
  setLanguageCommand,
  remindersCommand,
  lockPeriodCommand,
  reopenPeriodCommand,
  delegateCommand,
];

/** Command words in every language and spelling (`maßnahme`, `massnahme`, `measure`). */
export const commandWords = new KeywordTable(
  COMMAND_SPECS.flatMap((spec) => LOCALES.flatMap((locale) => spec.words[locale].map((display) => ({ value: spec, display, locale })))),
);

export function commandSpec(name: CommandName): AnyCommandSpec {
  const spec = COMMAND_SPECS.find((candidate) => candidate.name === name || candidate.also?.includes(name));
  if (!spec) throw new Error(`No command spec for "${name}"`);
  return spec;
}
