import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/audit/appendAudit';
import { chainHash } from '../../src/audit/chainHash';
import { verifyChain } from '../../src/audit/verifyChain';
import { Prisma } from '../../src/db/client';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';
import { asSuperuser } from './chainSupport';

const start = Date.parse('2026-01-05T08:00:00Z');

const json = fc.oneof(fc.constant(undefined), fc.dictionary(fc.constantFrom('percent', 'status', 'note', 'period', 'value'), fc.oneof(fc.integer({ min: -5, max: 100 }), fc.string({ maxLength: 12 }), fc.constant(null)), { maxKeys: 3 }));
const history = fc.array(fc.record({ action: fc.constantFrom('measure.progress_logged', 'kpi.value_recorded', 'period.lock', 'reallocation.approve'), entityId: fc.string({ minLength: 1, maxLength: 8 }), actor: fc.option(fc.constantFrom('p1', 'p2', 'p3'), { nil: null }), before: json, after: json, minutes: fc.integer({ min: 0, max: 600 }) }), { minLength: 1, maxLength: 8 });

type Tamper =
  | { op: 'change'; at: number; field: 'action' | 'entityId' | 'actorId' | 'after' | 'createdAt' | 'requestId' }
  | { op: 'delete'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'insert'; at: number; chained: boolean };
const tamper: fc.Arbitrary<Tamper> = fc.oneof(
  fc.record({ op: fc.constant('change' as const), at: fc.nat(), field: fc.constantFrom('action', 'entityId', 'actorId', 'after', 'createdAt', 'requestId') }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), chained: fc.boolean() }),
);

describe.each(providers)('verify detects tampering with generated histories on %s', (provider) => {
  let h: TestDatabase;
  let run = 0;
  beforeAll(async () => {
    h = await freshDatabase(provider);
  });
  afterAll(async () => h.drop());

  it('names the first row changed, reordered, deleted or inserted; an untouched history verifies', async () => {
    await fc.assert(
      fc.asyncProperty(history, tamper, async (rows, change) => {
        const tenantId = `t${run++}`;
        let minutes = 0;
        for (const [i, r] of rows.entries()) {
          minutes += r.minutes;
          await h.db.$transaction((tx) => appendAudit(tx, { tenantId, actorId: r.actor, action: r.action, entity: 'Measure', entityId: r.entityId, before: r.before, after: r.after, requestId: `req-${i}`, createdAt: new Date(start + minutes * 60_000) }));
        }
        expect(await verifyChain(h.db, tenantId)).toMatchObject({ rows: rows.length, head: { seq: rows.length } });
        const stored = await h.db.auditLog.findMany({ where: { tenantId }, orderBy: { seq: 'asc' } });
        const expected = await apply(h, stored, change);
        expect((await verifyChain(h.db, tenantId)).problem).toMatchObject(expected);
      }),
      { numRuns: 30, seed: 1_700_017 },
    );
  }, 300_000);
});

type Stored = Awaited<ReturnType<TestDatabase['db']['auditLog']['findMany']>>;

/** Tampers with the stored rows as an administrator would, returning what verify must report. */
async function apply(h: TestDatabase, rows: Stored, change: Tamper): Promise<object> {
  const n = rows.length;
  const at = change.at % n;
  const row = rows[at]!;
  const seq = at + 1;
  if (change.op === 'change') {
    const data = {
      action: { action: `${row.action}.x` },
      entityId: { entityId: `${row.entityId}x` },
      actorId: { actorId: row.actorId === 'p9' ? 'p8' : 'p9' },
      after: { after: { forged: true } },
      createdAt: { createdAt: new Date(row.createdAt.getTime() + 1000) },
      requestId: { requestId: 'forged' },
    }[change.field];
    await asSuperuser(h, (tx) => tx.auditLog.update({ where: { id: row.id }, data }));
    return { kind: 'changed', seq, id: row.id };
  }
  if (change.op === 'delete') {
    await asSuperuser(h, (tx) => tx.auditLog.delete({ where: { id: row.id } }));
    return { kind: 'deleted', seq };
  }
  if (change.op === 'swap') {
    const other = rows[change.with % n]!;
    if (other.id === row.id) return apply(h, rows, { op: 'delete', at });
    const [first, second] = row.seq! < other.seq! ? [row, other] : [other, row];
    await asSuperuser(h, async (tx) => {
      await tx.auditLog.update({ where: { id: first.id }, data: { seq: -1 } });
      await tx.auditLog.update({ where: { id: second.id }, data: { seq: first.seq } });
      await tx.auditLog.update({ where: { id: first.id }, data: { seq: second.seq } });
    });
    return { kind: 'changed', seq: first.seq, id: second.id };
  }
  // Insert: a forged row outside the chain, or put in before row `at` (or at the end) and chained to its predecessor, the rows after it moved up.
  const forged = { tenantId: row.tenantId, action: 'forged', entity: 'Measure', entityId: 'M-0', before: Prisma.DbNull, after: { percent: 100 }, createdAt: row.createdAt };
  if (!change.chained) {
    const inserted = await h.db.auditLog.create({ data: forged });
    return { kind: 'inserted', id: inserted.id, seq: null };
  }
  const place = change.at % (n + 1);
  const prevHash = place === 0 ? '0'.repeat(64) : rows[place - 1]!.hash!;
  const content = { ...forged, seq: place + 1, actorId: null, requestId: null, before: null };
  const id = `forged-${row.tenantId}-${place}`;
  await asSuperuser(h, async (tx) => {
    for (const moved of rows.slice(place).reverse()) await tx.auditLog.update({ where: { id: moved.id }, data: { seq: moved.seq! + 1 } });
    await tx.auditLog.create({ data: { ...forged, id, seq: place + 1, prevHash, hash: chainHash(prevHash, content) } });
  });
  return { kind: 'inserted', seq: place + 1, id };
}
