import type { Refusal } from '../../domain/budget/classifyReallocation';
import { ConflictError, type DomainError } from '../../domain/errors';
import { formatMoney } from '../../format';
import type { Locale } from '../../i18n';

/** A refused classification as the error the edge translates: the rule, its legal basis, the figures. */
export function refusalError(refusal: Refusal, locale: Locale, lineCode: (id: string) => string): DomainError {
  return new ConflictError(`budget:refused_${refusal.rule}`, {
    legalBasis: refusal.legalBasis ?? '',
    available: formatMoney(refusal.availableCents ?? 0n, locale),
    line: refusal.lineId ? lineCode(refusal.lineId) : '',
  });
}
