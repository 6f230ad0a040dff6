import { InvalidInputError } from '../domain/errors';
import type { MessageParams } from '../i18n';
import { parse } from '../i18n/de/parse';
import type { ParseMessageKey } from './types';

export function invalidInput(key: ParseMessageKey, params?: MessageParams): InvalidInputError {
  return new InvalidInputError(`parse:${key}`, params);
}

export function isParseMessageKey(key: string | undefined): key is ParseMessageKey {
  return key !== undefined && Object.hasOwn(parse, key);
}
