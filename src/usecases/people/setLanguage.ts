import type { Locale } from '../../i18n';
import { auditRecord } from '../audit';
import type { UseCaseContext } from '../context';
import { appendAudit } from '../../audit/appendAudit';

export interface LanguageSet {
  locale: Locale;
  /** It already was the person's own choice; nothing changed. */
  unchanged: boolean;
}

/** Stores the person's own language; from then on every answer and direct message to them uses it. */
export async function setLanguage(ctx: UseCaseContext, locale: Locale): Promise<LanguageSet> {
  const personId = ctx.actor.personId;
  return ctx.db.$transaction(async (tx) => {
    const before = await tx.person.findUniqueOrThrow({ where: { id: personId }, select: { locale: true } });
    if (before.locale === locale) return { locale, unchanged: true };
    await tx.person.update({ where: { id: personId }, data: { locale } });
    await appendAudit(tx, auditRecord(ctx, 'person.language', 'Person', personId, { locale: before.locale }, { locale }));
    return { locale, unchanged: false };
  });
}
