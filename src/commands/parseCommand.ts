import { InvalidInputError } from '../domain/errors';
import { cleanText } from '../domain/textInput';
import type { Locale, MessageParams } from '../i18n';
import { ArgumentCursor } from './argumentCursor';
import { invalidInput } from './invalidInput';
import { commandWords } from './registry';
import { tokenize } from './tokenize';
import type { AnyCommandSpec, ChatCommand, ParseContext, ParseMessageKey, ParseResult } from './types';

function contextFor(spec: AnyCommandSpec, locale: Locale): ParseContext {
  const usage = spec.usage[locale];
  const example = spec.examples[locale][0] ?? usage;
  return {
    locale,
    commands: commandWords,
    withUsage: (key: ParseMessageKey, params: MessageParams = {}) => invalidInput(key, { ...params, usage, example }),
  };
}

function parseTokens(typed: string): ChatCommand {
  const text = cleanText(typed);
  const tokens = tokenize(text);
  const [first, ...rest] = tokens;
  if (!first) throw invalidInput('emptyInput');
  const match = commandWords.find(first.text);
  if (!match) {
    const typo = commandWords.closest(first.text);
    throw typo
      ? invalidInput('unknownCommandSuggestion', { word: first.text, suggestion: typo.display })
      : invalidInput('unknownCommand', { word: first.text });
  }
  const args = new ArgumentCursor(text, rest);
  const command = match.value.parse(args, contextFor(match.value, match.locale));
  if (!args.done) throw invalidInput('unexpectedArguments', { extra: args.rest(), usage: match.value.usage[match.locale] });
  return command;
}

/** Reads one line of the chat language (without the bot mention or slash command, which adapters strip). */
export function parseCommand(text: string): ParseResult {
  try {
    return { ok: true, command: parseTokens(text) };
  } catch (error) {
    if (error instanceof InvalidInputError) return { ok: false, error };
    throw error;
  }
}
