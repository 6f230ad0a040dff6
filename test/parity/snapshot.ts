import type { Db } from '../../src/db/client';

const iso = (d: Date | null) => d?.toISOString() ?? null;
/** Stable order for rows whose timestamps are all the same fixed instant. */
const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort().map((r) => JSON.parse(r) as T);

/**
 * Everything the chat commands change, without ids, request ids and platform rows (processed events,
 * inbox, identities, conversation references): ids are replaced by codes and e-mails.
 */
export async function snapshot(db: Db) {
  const people = new Map((await db.person.findMany()).map((p) => [p.id, p.email]));
  const measures = await db.measure.findMany({ orderBy: { code: 'asc' } });
  const measureCode = new Map(measures.map((m) => [m.id, m.code]));
  const values = await db.kpiValue.findMany({ include: { kpi: true, revisions: true }, orderBy: [{ kpi: { code: 'asc' } }, { period: 'asc' }] });
  const valueKey = new Map(values.map((v) => [v.id, `${v.kpi.code}/${v.period}`]));
  const entityKey = (entity: string, id: string) => (entity === 'Measure' ? measureCode.get(id) : entity === 'KpiValue' ? valueKey.get(id) : id) ?? `unknown ${entity}`;

  return {
    measures: measures.map((m) => ({ code: m.code, progress: m.progress, status: m.status, version: m.version, lastUpdateAt: iso(m.lastUpdateAt) })),
    progress: sorted(
      (await db.measureProgress.findMany()).map((p) => ({
        createdAt: iso(p.createdAt),
        measure: measureCode.get(p.measureId),
        percent: p.percent,
        status: p.status,
        previousPercent: p.previousPercent,
        previousStatus: p.previousStatus,
        note: p.note,
        author: people.get(p.authorId),
      })),
    ),
    kpiValues: values.map((v) => ({
      kpi: v.kpi.code,
      period: v.period,
      periodEnd: iso(v.periodEnd),
      value: v.value.toString(),
      revision: v.revision,
      note: v.note,
      recordedBy: people.get(v.recordedById),
      recordedAt: iso(v.recordedAt),
      revisions: v.revisions
        .sort((a, b) => a.revision - b.revision)
        .map((r) => ({ revision: r.revision, value: r.value.toString(), note: r.note, recordedBy: people.get(r.recordedById), recordedAt: iso(r.recordedAt) })),
    })),
    audit: sorted(
      // Binding a workspace is the harness's setup (Slack binds its token's workspace at start), not the script's effect.
      (await db.auditLog.findMany({ where: { entity: { not: 'PlatformBinding' } } })).map((a) => ({
        createdAt: iso(a.createdAt),
        action: a.action,
        entity: a.entity,
        key: entityKey(a.entity, a.entityId),
        before: a.before,
        after: a.after,
        actor: a.actorId ? people.get(a.actorId) : null,
        hasRequestId: a.requestId !== null,
      })),
    ),
  };
}

export type Snapshot = Awaited<ReturnType<typeof snapshot>>;
