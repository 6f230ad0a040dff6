import type { MessageParams } from '../i18n';

/**
 * An expected failure the user can act on. `messageKey` names the catalogue entry
 * (`namespace:key`) the edge translates into the user's language; nothing was changed.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: 'invalid_input' | 'not_found' | 'forbidden' | 'conflict' | 'unknown_user';
  constructor(
    readonly messageKey: string,
    readonly params: MessageParams = {},
  ) {
    super(`${messageKey} ${JSON.stringify(params)}`);
    this.name = new.target.name;
  }
}

/** Wrong input: a part of the command or form that cannot be accepted as given. */
export class InvalidInputError extends DomainError {
  readonly kind = 'invalid_input';
}

export class NotFoundError extends DomainError {
  readonly kind = 'not_found';
}

/** The person is known but may not do this. */
export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden';
}

/** The change collides with the current state (e.g. someone else changed it first). */
export class ConflictError extends DomainError {
  readonly kind = 'conflict';
}

/** The chat account is not linked to a person of the tenant. */
export class UnknownUserError extends DomainError {
  readonly kind = 'unknown_user';
}
