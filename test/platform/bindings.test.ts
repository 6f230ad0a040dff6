import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError } from '../../src/domain/errors';
import { InstallRefused } from '../../src/platform/bindings';
import { createInstallLink } from '../../src/platform/installLinks';
import { createPlatformStores } from '../../src/platform/stores';
import { fixedClock } from '../../src/clock';
import { providers } from '../support/databases';
import { useSmallTown } from '../support/fixtures';

const NOW = new Date('2026-03-10T10:00:00Z');

describe.each(providers)('the platform stores adapters use instead of SQL (%s)', (provider) => {
  const s = useSmallTown(provider, NOW);
  const stores = () => createPlatformStores(s.h.db, fixedClock(NOW));
  const audit = (entityId: string) => s.h.db.auditLog.findMany({ where: { entity: 'PlatformBinding', entityId }, orderBy: { createdAt: 'asc' }, select: { action: true, before: true, after: true } });

  it('binds a workspace once, refuses another municipality unless told to move, unbinds; every change audited', async () => {
    const { bindings } = stores();
    const other = await s.h.db.tenant.create({ data: { slug: 'anders', name: 'Anderstadt' } });
    expect(await bindings.bind({ platform: 'teams', externalId: 'aad-1', tenantSlug: 'klein', by: 'MICROSOFT_APP_TENANT_ID' }, NOW)).toBe('bound');
    expect(await bindings.bind({ platform: 'teams', externalId: 'aad-1', tenantSlug: 'klein', by: 'MICROSOFT_APP_TENANT_ID' }, NOW)).toBe('unchanged');
    await expect(bindings.bind({ platform: 'teams', externalId: 'aad-1', tenantSlug: 'anders', by: 'operator' }, NOW)).rejects.toBeInstanceOf(ConflictError);
    await expect(bindings.bind({ platform: 'teams', externalId: 'aad-2', tenantSlug: 'nirgends', by: 'operator' }, NOW)).rejects.toBeInstanceOf(NotFoundError);
    expect(await bindings.bind({ platform: 'teams', externalId: 'aad-1', tenantSlug: 'anders', by: 'operator', move: true }, NOW)).toBe('bound');
    expect(await bindings.find('teams', 'aad-1')).toMatchObject({ tenantId: other.id, tenantSlug: 'anders', tenantName: 'Anderstadt', installation: null });
    expect(await bindings.unbind({ platform: 'teams', externalId: 'aad-1', by: 'operator' }, NOW)).toBe(true);
    expect(await bindings.unbind({ platform: 'teams', externalId: 'aad-1', by: 'operator' }, NOW)).toBe(false);
    expect(await bindings.find('teams', 'aad-1')).toBeUndefined();
    expect((await audit('teams:aad-1')).map((a) => [a.action, a.after])).toEqual([
      ['binding.created', { tenant: 'klein', by: 'MICROSOFT_APP_TENANT_ID' }],
      ['binding.removed', { tenant: 'anders', by: 'operator' }],
      ['binding.created', { tenant: 'anders', by: 'operator' }],
      ['binding.removed', { by: 'operator' }],
    ]);
  });

  it('installs through a link for the first workspace only, reinstalls without one, and forgets the token but not the binding', async () => {
    const { bindings } = stores();
    const link = await createInstallLink(s.h.db, { tenantSlug: 'klein', platform: 'slack', validDays: 7 }, NOW);
    await expect(bindings.install({ platform: 'slack', externalId: 'T1', installation: { bot: { token: 'a' } } }, NOW)).rejects.toEqual(new InstallRefused('installBadLink'));
    const installed = await bindings.install({ platform: 'slack', externalId: 'T1', linkId: link.id, installation: { bot: { token: 'a' } } }, NOW);
    expect(installed).toMatchObject({ tenantSlug: 'klein', installation: { bot: { token: 'a' } } });
    await expect(bindings.install({ platform: 'slack', externalId: 'T2', linkId: link.id, installation: { bot: { token: 'b' } } }, NOW)).rejects.toEqual(new InstallRefused('installLinkUsed'));
    await bindings.install({ platform: 'slack', externalId: 'T1', installation: { bot: { token: 'c' } } }, NOW);
    expect((await bindings.find('slack', 'T1'))?.installation).toEqual({ bot: { token: 'c' } });
    expect(await bindings.forgetInstallation({ platform: 'slack', externalIds: ['T1', 'T9'], why: 'app_uninstalled' }, NOW)).toBe(1);
    expect(await bindings.find('slack', 'T1')).toMatchObject({ tenantSlug: 'klein', installation: null });
    expect(await bindings.find('slack', 'T2')).toBeUndefined();
    expect((await audit('slack:T1')).map((a) => a.action)).toEqual(['binding.created', 'binding.installed', 'binding.installation_forgotten']);
  });

  it('looks up tenants, identities and conversation references by platform', async () => {
    const { tenant, identities, conversations } = stores();
    expect(await tenant({ slug: 'klein' })).toMatchObject({ id: s.town.tenant.id });
    expect(await tenant({ slug: 'nirgends' })).toBeUndefined();
    expect(await identities.personOf(s.town.tenant.id, 'console', 'max@klein.de')).toBe(s.town.max.id);
    expect(await identities.personOf(s.town.tenant.id, 'teams', 'aad-max')).toBeUndefined();
    await conversations.save({ tenantId: s.town.tenant.id, platform: 'teams', conversationId: 'a:personal', scope: 'personal', personId: s.town.max.id, reference: { serviceUrl: 'http://x' } });
    expect(await conversations.personal(s.town.tenant.id, 'teams', s.town.max.id)).toMatchObject({ conversationId: 'a:personal', reference: { serviceUrl: 'http://x' } });
    expect(await conversations.find('other-tenant', 'teams', 'a:personal')).toBeUndefined();
    expect(await conversations.remove('teams', 'a:personal')).toBe(1);
    expect(await conversations.personal(s.town.tenant.id, 'teams', s.town.max.id)).toBeUndefined();
  });
});
