import { readAlertNumber, readDays } from '../arguments/wholeNumber';
import type { CommandSpec } from '../types';

export const listAlertsCommand: CommandSpec<'listAlerts'> = {
  name: 'listAlerts',
  words: { de: ['alarme'], en: ['alerts'] },
  usage: { de: 'alarme', en: 'alerts' },
  examples: { de: ['alarme'], en: ['alerts'] },
  descriptionKey: 'help:describeListAlerts',
  changesData: false,
  parse: () => ({ name: 'listAlerts' }),
};

export const acknowledgeAlertCommand: CommandSpec<'acknowledgeAlert'> = {
  name: 'acknowledgeAlert',
  words: { de: ['quittieren'], en: ['acknowledge', 'ack'] },
  usage: { de: 'quittieren <Nr>', en: 'acknowledge <no>' },
  examples: { de: ['quittieren 3'], en: ['acknowledge 3'] },
  descriptionKey: 'help:describeAcknowledgeAlert',
  changesData: true,
  parse: (args, context) => ({ name: 'acknowledgeAlert', number: readAlertNumber(args, context) }),
};

export const snoozeAlertCommand: CommandSpec<'snoozeAlert'> = {
  name: 'snoozeAlert',
  words: { de: ['schlummern'], en: ['snooze'] },
  usage: { de: 'schlummern <Nr> <Tage>', en: 'snooze <no> <days>' },
  examples: { de: ['schlummern 3 14'], en: ['snooze 3 14'] },
  descriptionKey: 'help:describeSnoozeAlert',
  changesData: true,
  parse: (args, context) => ({ name: 'snoozeAlert', number: readAlertNumber(args, context), days: readDays(args, context) }),
};
