import { DateTime } from 'luxon';
import type { Db } from '../db/client';
import { isLocale, translator, type Translate } from '../i18n';
import type { Cell, ReportDocument } from '../reports/export/reportDocument';
import { verifyChain } from './verifyChain';

export interface TrailExportInput {
  tenantId: string;
  /** First and last day (inclusive), ISO dates in the tenant's time zone. */
  from: string;
  to: string;
  now: Date;
}

const PAGE = 2000;

/**
 * The audit trail of a period as the auditors read it: one row per audit record in chain order
 * (reallocation decisions, period locks and every other change included), people named as they are
 * called now (an erased person by their pseudonym), before and after as "key: value" with person ids
 * replaced by names, in the tenant's language (German by default).
 */
export async function exportTrail(db: Db, input: TrailExportInput): Promise<{ doc: ReportDocument; rows: number; zone: string }> {
  const tenant = await db.tenant.findUniqueOrThrow({ where: { id: input.tenantId }, select: { name: true, locale: true, timeZone: true } });
  const t = translator(isLocale(tenant.locale) ? tenant.locale : 'de');
  const zone = tenant.timeZone;
  const start = DateTime.fromISO(input.from, { zone }).startOf('day').toJSDate();
  const end = DateTime.fromISO(input.to, { zone }).plus({ days: 1 }).startOf('day').toJSDate();
  const names = new Map((await db.person.findMany({ where: { tenantId: input.tenantId }, select: { id: true, displayName: true } })).map((p) => [p.id, p.displayName]));
  const rows: Cell[][] = [];
  for (let cursor: { seq: number } | undefined; ; ) {
    const page = await db.auditLog.findMany({
      where: { tenantId: input.tenantId, createdAt: { gte: start, lt: end }, ...(cursor && { seq: { gt: cursor.seq } }) },
      orderBy: [{ seq: 'asc' }],
      take: PAGE,
    });
    for (const row of page) {
      rows.push([
        row.seq,
        DateTime.fromJSDate(row.createdAt, { zone }).toFormat('dd.MM.yyyy HH:mm:ss'),
        row.actorId ? (names.get(row.actorId) ?? t('audit:unknownPerson', { id: row.actorId })) : t('audit:system'),
        label(t, row.action),
        `${row.entity} ${row.entityId}`,
        describe(row.before, names),
        describe(row.after, names),
        row.requestId ?? '',
      ]);
    }
    if (page.length < PAGE) break;
    cursor = { seq: page[page.length - 1]!.seq ?? 0 };
  }
  const chain = (await verifyChain(db, input.tenantId)).problem ? t('audit:chainBroken') : t('audit:chainOk');
  const day = (iso: string) => DateTime.fromISO(iso).toFormat('dd.MM.yyyy');
  const doc: ReportDocument = {
    title: t('audit:title', { tenant: tenant.name }),
    subtitle: t('audit:subtitle', { from: day(input.from), to: day(input.to), now: DateTime.fromJSDate(input.now, { zone }).toFormat('dd.MM.yyyy HH:mm'), chain }),
    asOf: input.now,
    tables: [
      {
        name: t('audit:sheet'),
        headers: ['colSeq', 'colWhen', 'colWho', 'colWhat', 'colObject', 'colBefore', 'colAfter', 'colRequest'].map((k) => t(`audit:${k}`)),
        rows,
      },
    ],
    charts: () => [],
  };
  return { doc, rows: rows.length, zone };
}

function label(t: Translate, action: string): string {
  try {
    return `${t(`auditActions:${action.replace(/\./g, '_')}`)} (${action})`;
  } catch {
    return action;
  }
}

/** A before/after value as "key: value; …", person ids as names, numbers and text as they are, nested values as JSON. */
function describe(value: unknown, names: Map<string, string>): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value);
  return Object.entries(value as Record<string, unknown>)
    .map(([key, v]) => `${key}: ${typeof v === 'string' ? (names.get(v) ?? v) : typeof v === 'number' ? String(v) : JSON.stringify(v)}`)
    .join('; ');
}
