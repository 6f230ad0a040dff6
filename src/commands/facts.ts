import { parseCommand } from './parseCommand';
import { commandSpec, commandWords } from './registry';
import type { AnyCommandSpec } from './types';

/** The spec of the command a line names, by its first word (any language, any spelling). */
function specOfWord(text: string): AnyCommandSpec | undefined {
  const first = text.trim().split(/\s+/)[0];
  return first ? commandWords.find(first)?.value : undefined;
}

/** The form a command word typed alone opens (`fortschritt`, `kpi`), from the command's spec. */
export function formOfBareCommand(text: string): string | undefined {
  const words = text.trim().split(/\s+/);
  return words.length === 1 ? specOfWord(text)?.opensForm : undefined;
}

/** Whether a line is a valid command that changes data (a spec's `also` readings only show). */
export function changesData(text: string): boolean {
  const parsed = parseCommand(text);
  if (!parsed.ok) return false;
  const spec = commandSpec(parsed.command.name);
  return spec.name === parsed.command.name && spec.changesData;
}

/** Whether a line names a command that only works in a channel or group chat. */
export function needsChannel(text: string): boolean {
  return specOfWord(text)?.needsChannel === true;
}
