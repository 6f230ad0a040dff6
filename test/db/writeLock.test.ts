import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../src/db/client';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';

/** Resolves with the outcome of `work`, or with 'hung' when it has not settled after `ceilingMs` (only a hang fails). */
async function settles<T>(work: Promise<T>, ceilingMs = 20_000): Promise<T | 'hung'> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), ceilingMs)));
  try {
    return await Promise.race([work, hung]);
  } finally {
    clearTimeout(timer);
  }
}

describe.each(providers)('transactions on %s after a write that failed', (provider) => {
  let handle: TestDatabase | undefined;
  let db: Db | undefined;
  let outside: Database.Database | undefined;
  afterEach(async () => {
    outside?.close();
    outside = undefined;
    await db?.$disconnect();
    db = undefined;
    await handle?.drop();
  });

  it('run again once the cause is gone', async () => {
    handle = await freshDatabase(provider);
    const tenant = () => handle!.db.tenant.create({ data: { slug: `t-${Math.random()}`, name: 'T' } });
    if (provider === 'postgresql') {
      await expect(handle.db.$transaction(async (tx) => tx.tenant.create({ data: { slug: 'dup', name: 'A' } }).then(() => tx.tenant.create({ data: { slug: 'dup', name: 'B' } })))).rejects.toThrow();
      expect(await settles(handle.db.$transaction(async () => tenant()))).toMatchObject({ name: 'T' });
      return;
    }
    // SQLite: another process holds the write lock longer than this client waits for it (BEGIN IMMEDIATE fails).
    db = createDb(handle.target, { busyTimeoutMs: 50 });
    expect(await db.tenant.count()).toBe(0); // connected, as a running worker's client is
    outside = new Database(handle.target.file!);
    outside.exec('BEGIN IMMEDIATE');
    await expect(db.$transaction(async (tx) => tx.tenant.count())).rejects.toThrow();
    outside.exec('COMMIT');
    const after = await settles(db.$transaction(async (tx) => tx.tenant.create({ data: { slug: 'after-lock', name: 'After' } })));
    expect(after).toMatchObject({ slug: 'after-lock' });
    expect(await handle.db.tenant.count({ where: { slug: 'after-lock' } })).toBe(1);
  });
});
