import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';

describe.each(providers)('fresh %s database', (provider) => {
  let handle: TestDatabase | undefined;
  afterEach(async () => handle?.drop());

  it('starts empty and keeps money exact as BigInt cents', async () => {
    handle = await freshDatabase(provider);
    expect(await handle.db.tenant.count()).toBe(0);
    const tenant = await handle.db.tenant.create({ data: { slug: 't', name: 'T' } });
    expect(tenant.locale).toBe('de');
  });
});
