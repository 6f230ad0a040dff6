import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { resolveTenant, TENANT_CACHE_TTL_MS } from '../../src/tenancy/tenant';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';

describe.each(providers)('resolving the municipality (%s)', (provider) => {
  let h: TestDatabase;
  beforeEach(async () => {
    h = await freshDatabase(provider);
  });
  afterEach(async () => h.drop());

  it('reuses a resolved municipality for a minute by the injected clock, then asks the database again', async () => {
    const clock = fixedClock('2026-03-29T00:59:30Z');
    await h.db.tenant.create({ data: { slug: 'klein', name: 'Kleinstadt' } });
    expect((await resolveTenant(h.db, { slug: 'klein' }, clock)).name).toBe('Kleinstadt');
    await h.db.tenant.update({ where: { slug: 'klein' }, data: { name: 'Kleinstadt am See' } });
    clock.set(new Date(clock.now().getTime() + TENANT_CACHE_TTL_MS - 1));
    expect((await resolveTenant(h.db, { slug: 'klein' }, clock)).name).toBe('Kleinstadt');
    clock.set(new Date(clock.now().getTime() + 1));
    expect((await resolveTenant(h.db, { slug: 'klein' }, clock)).name).toBe('Kleinstadt am See');
  });

  it('never caches an unknown municipality', async () => {
    const clock = fixedClock('2026-03-10T10:00:00Z');
    await expect(resolveTenant(h.db, { slug: 'neu' }, clock)).rejects.toThrow();
    await h.db.tenant.create({ data: { slug: 'neu', name: 'Neustadt' } });
    expect((await resolveTenant(h.db, { slug: 'neu' }, clock)).name).toBe('Neustadt');
  });
});
