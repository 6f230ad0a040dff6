import { normalizeWord } from '../normalizeWord';
import type { CommandSpec } from '../types';

const SWITCH: Record<string, boolean> = { aus: false, an: true, off: false, on: true, ein: true };

/** `erinnerung aus` pauses the weekly reminders, `erinnerung an` resumes them; alone it says how they stand. */
export const remindersCommand: CommandSpec<'reminders'> = {
  name: 'reminders',
  words: { de: ['erinnerung', 'erinnerungen'], en: ['reminders', 'reminder'] },
  usage: { de: 'erinnerung [aus|an]', en: 'reminders [off|on]' },
  examples: { de: ['erinnerung aus', 'erinnerung an', 'erinnerung'], en: ['reminders off', 'reminders on'] },
  descriptionKey: 'help:describeReminders',
  changesData: true,
  parse(args, context) {
    const token = args.next();
    if (token === undefined) return { name: 'reminders' };
    const on = SWITCH[normalizeWord(token)];
    if (on === undefined) throw context.withUsage('unknownReminderSwitch', { value: token });
    return { name: 'reminders', on };
  },
};
