import type { CommandSpec } from '../types';

export const mineCommand: CommandSpec<'mine'> = {
  name: 'mine',
  words: { de: ['meine'], en: ['mine'] },
  usage: { de: 'meine', en: 'mine' },
  examples: { de: ['meine'], en: ['mine'] },
  descriptionKey: 'help:describeMine',
  changesData: false,
  parse: () => ({ name: 'mine' }),
};
