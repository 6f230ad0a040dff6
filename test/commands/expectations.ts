import { expect } from 'vitest';
import { parseCommand, type ChatCommand } from '../../src/commands';
import { InvalidInputError, type DomainError } from '../../src/domain/errors';
import { LOCALES, translator, type Locale, type MessageParams } from '../../src/i18n';

export function accepted(text: string): ChatCommand {
  const result = parseCommand(text);
  if (!result.ok) throw new Error(`"${text}" was refused: ${result.error.message}`);
  return result.command;
}

export function refused(text: string): InvalidInputError {
  const result = parseCommand(text);
  if (result.ok) throw new Error(`"${text}" was accepted as ${JSON.stringify(result.command)}`);
  return result.error;
}

export function rendered(error: DomainError): Record<Locale, string> {
  return { de: translator('de')(error.messageKey, error.params), en: translator('en')(error.messageKey, error.params) };
}

/** Asserts the key and params, and that both catalogues render the message with the given fragments. */
export function expectInvalid(
  error: DomainError,
  key: string,
  params: MessageParams,
  fragments: Partial<Record<Locale, string[]>> = {},
): void {
  expect(error).toBeInstanceOf(InvalidInputError);
  expect(error.messageKey).toBe(`parse:${key}`);
  expect(error.params).toEqual(params);
  const texts = rendered(error);
  for (const locale of LOCALES) {
    expect(texts[locale]).not.toMatch(/\{\{|\}\}/);
    for (const fragment of fragments[locale] ?? []) expect(texts[locale]).toContain(fragment);
  }
}
