import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/audit/appendAudit';
import { sealLegacyAudit } from '../../src/audit/sealLegacyAudit';
import { verifyChain } from '../../src/audit/verifyChain';
import { createDb, type Db } from '../../src/db/client';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';
import { asSuperuser, entry } from './chainSupport';

const now = new Date('2026-11-20T10:00:00Z');

describe.each(providers)('the audit hash chain on %s', (provider) => {
  let h: TestDatabase;
  let replica: Db | undefined;
  beforeEach(async () => {
    h = await freshDatabase(provider);
  });
  afterEach(async () => {
    await replica?.$disconnect();
    replica = undefined;
    await h.drop();
  });

  it('chains rows per tenant: seq 1, 2, … and each hash over the previous one', async () => {
    for (let i = 0; i < 3; i++) await h.db.$transaction((tx) => appendAudit(tx, entry('t1', i, now)));
    await h.db.$transaction((tx) => appendAudit(tx, entry('t2', 0, now)));
    const rows = await h.db.auditLog.findMany({ where: { tenantId: 't1' }, orderBy: { seq: 'asc' } });
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    expect(rows[2]!.prevHash).toBe(rows[1]!.hash);
    expect(await verifyChain(h.db, 't1')).toEqual({ tenantId: 't1', rows: 3, head: { seq: 3, hash: rows[2]!.hash } });
    expect((await verifyChain(h.db, 't2')).problem).toBeUndefined();
  });

  it('rolls the chain back with the change it belonged to', async () => {
    await h.db.$transaction((tx) => appendAudit(tx, entry('t1', 0, now)));
    await expect(
      h.db.$transaction(async (tx) => {
        await appendAudit(tx, entry('t1', 1, now));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await h.db.$transaction((tx) => appendAudit(tx, entry('t1', 2, now)));
    expect(await verifyChain(h.db, 't1')).toMatchObject({ rows: 2, head: { seq: 2 } });
  });

  it('seals rows written before the chain, oldest first, after the migration and with the first new row', async () => {
    const legacy = (tenantId: string, i: number) => ({ tenantId, action: `old.${i}`, entity: 'Measure', entityId: `m${i}`, after: { i }, createdAt: new Date(now.getTime() - (10 - i) * 60_000) });
    await h.db.auditLog.createMany({ data: [legacy('a', 2), legacy('a', 1), legacy('b', 1)] });
    expect(await sealLegacyAudit(h.db)).toBe(3);
    expect((await h.db.auditLog.findMany({ where: { tenantId: 'a' }, orderBy: { seq: 'asc' } })).map((r) => r.action)).toEqual(['old.1', 'old.2']);
    await h.db.auditLog.create({ data: legacy('c', 1) });
    await h.db.$transaction((tx) => appendAudit(tx, entry('c', 5, now)));
    expect((await h.db.auditLog.findMany({ where: { tenantId: 'c' }, orderBy: { seq: 'asc' } })).map((r) => [r.seq, r.action])).toEqual([[1, 'old.1'], [2, 'test.5']]);
    for (const tenant of ['a', 'b', 'c']) expect((await verifyChain(h.db, tenant)).problem).toBeUndefined();
  });

  it('names a row written outside the chain as inserted', async () => {
    await h.db.$transaction((tx) => appendAudit(tx, entry('t1', 0, now)));
    const stray = await h.db.auditLog.create({ data: { tenantId: 't1', action: 'forged', entity: 'X', entityId: 'x', createdAt: now } });
    expect((await verifyChain(h.db, 't1')).problem).toMatchObject({ kind: 'inserted', id: stray.id });
  });

  it('keeps one order when many transactions append at once', async () => {
    // PostgreSQL: a second pool, as a second replica has. SQLite: one connection (in this one thread a
    // second one's synchronous wait for the write lock would block the first), BEGIN IMMEDIATE orders them.
    replica = provider === 'postgresql' ? createDb(h.target) : undefined;
    const writers = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? h.db : (replica ?? h.db)));
    const results = await Promise.all(writers.map((db, i) => db.$transaction((tx) => appendAudit(tx, entry('busy', i, now)), { maxWait: 60_000, timeout: 60_000 })));
    expect(results.map((r) => r.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(await verifyChain(h.db, 'busy')).toMatchObject({ rows: 40, head: { seq: 40 } });
    expect((await verifyChain(h.db, 'busy')).problem).toBeUndefined();
  }, 120_000);

  it('refuses UPDATE, DELETE and TRUNCATE of audit rows on PostgreSQL (trigger); verify names any change made around it', async () => {
    await h.db.$transaction((tx) => appendAudit(tx, entry('t1', 0, now)));
    if (provider === 'postgresql') {
      await expect(h.db.auditLog.updateMany({ data: { action: 'changed' } })).rejects.toThrow(/append-only/);
      await expect(h.db.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
      await expect(h.db.$executeRawUnsafe('TRUNCATE "AuditLog"')).rejects.toThrow(/append-only/);
      expect(await h.db.auditLog.findFirstOrThrow()).toMatchObject({ action: 'test.0' });
    }
    // SQLite: whoever can write the file can change it (README); on PostgreSQL only a superuser.
    await asSuperuser(h, (tx) => tx.$executeRawUnsafe(`UPDATE "AuditLog" SET "action" = 'changed'`));
    expect((await verifyChain(h.db, 't1')).problem).toMatchObject({ kind: 'changed', seq: 1, action: 'changed' });
  });
});
