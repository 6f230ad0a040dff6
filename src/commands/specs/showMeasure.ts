import { readMeasureCode } from '../arguments/codes';
import type { CommandSpec } from '../types';

export const showMeasureCommand: CommandSpec<'showMeasure'> = {
  name: 'showMeasure',
  words: { de: ['maßnahme'], en: ['measure'] },
  usage: { de: 'maßnahme <Kürzel>', en: 'measure <code>' },
  examples: { de: ['maßnahme M-12'], en: ['measure M-12'] },
  descriptionKey: 'help:describeShowMeasure',
  changesData: false,
  parse: (args, context) => ({ name: 'showMeasure', measureCode: readMeasureCode(args, context) }),
};
