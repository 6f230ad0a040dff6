import { LOG_PROGRESS_FORM } from '../../interactions/ids';
import { readMeasureCode } from '../arguments/codes';
import { readOptionalNote } from '../arguments/note';
import { readPercent } from '../arguments/percent';
import { readOptionalStatus } from '../arguments/status';
import type { CommandSpec } from '../types';

export const logProgressCommand: CommandSpec<'logProgress'> = {
  name: 'logProgress',
  words: { de: ['fortschritt'], en: ['progress'] },
  usage: {
    de: 'fortschritt <Maßnahme> <Prozent> [Status] [Notiz …]',
    en: 'progress <measure> <percent> [status] [note …]',
  },
  examples: {
    de: ['fortschritt M-12 60 im-plan Ausschreibung veröffentlicht', 'fortschritt M-7 100 abgeschlossen'],
    en: ['progress M-12 60 on-track Tender published', 'progress M-7 100 done'],
  },
  descriptionKey: 'help:describeLogProgress',
  changesData: true,
  opensForm: LOG_PROGRESS_FORM,
  parse(args, context) {
    const measureCode = readMeasureCode(args, context);
    const percent = readPercent(args, context);
    const status = readOptionalStatus(args, context.locale);
    const note = readOptionalNote(args);
    return {
      name: 'logProgress',
      measureCode,
      percent,
      ...(status !== undefined && { status }),
      ...(note !== undefined && { note }),
    };
  },
};
