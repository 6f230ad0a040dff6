import type { SubscriptionKind } from '../../domain/subscriptionKinds';
import { LOCALES, type Locale } from '../../i18n';
import type { ArgumentCursor } from '../argumentCursor';
import { invalidInput } from '../invalidInput';
import { KeywordTable } from '../keywordTable';
import { normalizeCode } from '../normalizeWord';
import type { ParseContext } from '../types';

const KIND_WORDS: Record<SubscriptionKind, Record<Locale, readonly string[]>> = {
  digest: { de: ['digest', 'wochenbericht'], en: ['digest', 'weekly'] },
  alerts: { de: ['alarme', 'alarm'], en: ['alerts', 'alert'] },
  report: { de: ['bericht'], en: ['report'] },
  approvals: { de: ['freigaben', 'umschichtungen'], en: ['approvals', 'reallocations'] },
  treasury: { de: ['kämmerei', 'kaemmerei', 'haushalt'], en: ['treasury'] },
};

const kindWords = new KeywordTable(
  (Object.entries(KIND_WORDS) as [SubscriptionKind, Record<Locale, readonly string[]>][]).flatMap(([value, words]) =>
    LOCALES.flatMap((locale) => words[locale].map((display) => ({ value, display, locale }))),
  ),
);

function kindList(locale: Locale): string {
  return Object.values(KIND_WORDS).map((words) => words[locale][0]).join(', ');
}

export function readSubscriptionKind(args: ArgumentCursor, context: ParseContext): SubscriptionKind {
  const token = args.next();
  if (token === undefined) throw context.withUsage('missingSubscriptionKind');
  const kind = kindWords.find(token);
  if (!kind) throw invalidInput('unknownSubscriptionKind', { value: token, allowed: kindList(context.locale) });
  return kind.value;
}

const ACTION_FIELD_CODE = /^[A-Z]{2,10}$/;

/** An optional action-field code such as `MOB`; whether it exists is the use case's check. */
export function readOptionalActionFieldCode(args: ArgumentCursor): string | undefined {
  const token = args.next();
  if (token === undefined) return undefined;
  const code = normalizeCode(token);
  if (!ACTION_FIELD_CODE.test(code)) throw invalidInput('invalidActionFieldCode', { value: token });
  return code;
}
