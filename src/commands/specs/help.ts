import { invalidInput } from '../invalidInput';
import type { CommandSpec } from '../types';

export const helpCommand: CommandSpec<'help'> = {
  name: 'help',
  words: { de: ['hilfe'], en: ['help'] },
  usage: { de: 'hilfe [Befehl]', en: 'help [command]' },
  examples: { de: ['hilfe', 'hilfe fortschritt'], en: ['help', 'help progress'] },
  descriptionKey: 'help:describeHelp',
  changesData: false,
  parse(args, context) {
    const word = args.next();
    if (word === undefined) return { name: 'help' };
    const topic = context.commands.find(word);
    if (topic) return { name: 'help', topic: topic.value.name };
    const typo = context.commands.closest(word);
    throw typo
      ? invalidInput('unknownHelpTopicSuggestion', { topic: word, suggestion: typo.display })
      : invalidInput('unknownHelpTopic', { topic: word });
  },
};
