import { Help, type Argument, type Command, type Option } from 'commander';
import type { Translate } from '../../src/i18n';

/**
 * Commander's own words in the operator's language: the help's titles, `[options]`/`[command]`, the
 * help option and command, `(default: …)`, and its error messages. Set on the program before the
 * subcommands are added, so that each inherits it.
 */
export function localizeCommander(program: Command, t: Translate): Command {
  const titles: Record<string, string> = {
    'Usage:': t('cli:commanderUsage'),
    'Options:': t('cli:commanderOptions'),
    'Global Options:': t('cli:commanderGlobalOptions'),
    'Commands:': t('cli:commanderCommands'),
    'Arguments:': t('cli:commanderArguments'),
  };
  const placeholders = (text: string) => text.replace('[options]', t('cli:commanderOptionsPlaceholder')).replace('[command]', t('cli:commanderCommandPlaceholder'));
  // A flag's `(default: false)` tells an operator nothing; other extras in the operator's words.
  const extras = (text: string) =>
    text.replace(/ \(default: false\)$/, '').replace(/(\(|, )(choices|default|preset|env): /g, (_, before: string, word: string) => `${before}${t(`cli:commanderExtra_${word}`)}: `);
  return program
    .helpOption('-h, --help', t('cli:commanderHelpOption'))
    .helpCommand(`help ${t('cli:commanderCommandPlaceholder')}`, t('cli:commanderHelpCommand'))
    .configureHelp({
      styleTitle: (title: string) => titles[title] ?? title,
      commandUsage: (cmd: Command) => placeholders(Help.prototype.commandUsage.call(new Help(), cmd)),
      subcommandTerm: (cmd: Command) => placeholders(Help.prototype.subcommandTerm.call(new Help(), cmd)),
      optionDescription: (option: Option) => extras(Help.prototype.optionDescription.call(new Help(), option)),
      argumentDescription: (argument: Argument) => extras(Help.prototype.argumentDescription.call(new Help(), argument)),
    })
    .configureOutput({ outputError: (text, write) => write(localizeError(text, t)) });
}

type Rule = [RegExp, (m: RegExpMatchArray, t: Translate) => string];

const RULES: Rule[] = [
  [/^error: unknown command '(.*)'$/, (m, t) => t('cli:commanderUnknownCommand', { name: m[1]! })],
  [/^error: unknown option '(.*)'$/, (m, t) => t('cli:commanderUnknownOption', { name: m[1]! })],
  [/^error: missing required argument '(.*)'$/, (m, t) => t('cli:commanderMissingArgument', { name: m[1]! })],
  [/^error: option '(.*)' argument missing$/, (m, t) => t('cli:commanderOptionValueMissing', { name: m[1]! })],
  [/^error: required option '(.*)' not specified$/, (m, t) => t('cli:commanderRequiredOption', { name: m[1]! })],
  [/^error: too many arguments.*Expected (\d+) arguments? but got (\d+)\.$/, (m, t) => t('cli:commanderTooManyArguments', { expected: m[1]!, received: m[2]! })],
  [/^error: option '(.*)' argument '(.*)' is invalid\.(.*)$/, (m, t) => `${t('cli:commanderInvalidOption', { name: m[1]!, value: m[2]! })}${m[3]}`],
  [/^error: command-argument value '(.*)' is invalid for argument '(.*)'\.(.*)$/, (m, t) => `${t('cli:commanderInvalidArgument', { name: m[2]!, value: m[1]! })}${m[3]}`],
  [/^\(Did you mean (?:one of )?(.*)\?\)$/, (m, t) => t('cli:commanderDidYouMean', { names: m[1]! })],
  [/^error: (.*)$/, (m, t) => t('cli:commanderError', { message: m[1]! })],
];

/** A commander error message, line by line, in the operator's language (a line no rule knows stays as it is). */
export function localizeError(text: string, t: Translate): string {
  return text
    .split('\n')
    .map((line) => {
      for (const [pattern, say] of RULES) {
        const match = line.match(pattern);
        if (match) return say(match, t);
      }
      return line;
    })
    .join('\n');
}
