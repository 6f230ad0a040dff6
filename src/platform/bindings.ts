import { Prisma, type Db } from '../db/client';
import { ConflictError, NotFoundError } from '../domain/errors';
import { isLocale, type Locale } from '../i18n';
import { consumeInstallLink, InstallRefused } from './installLinks';
import { appendAudit } from '../audit/appendAudit';

export { InstallRefused, type InstallRefusal } from './installLinks';

/** A workspace (Slack team or Grid organisation) or Teams tenant bound to a municipality. */
export interface Binding {
  platform: string;
  externalId: string;
  tenantId: string;
  tenantSlug: string;
  tenantName: string;
  tenantLocale: Locale;
  /** The platform's installation as stored (Slack OAuth: with sealed tokens); null when none or forgotten. */
  installation: unknown;
}

/**
 * Which municipality a workspace or Teams tenant belongs to, and the platform's installation there.
 * Every binding, unbinding, installation and forgotten token writes an audit record (entity
 * PlatformBinding, id `<platform>:<externalId>`, `by` naming what did it).
 */
export interface BindingStore {
  find(platform: string, externalId: string): Promise<Binding | undefined>;
  /** Every binding of a platform (e.g. to check at start that stored installations can be opened). */
  ofPlatform(platform: string): Promise<Binding[]>;
  /** The first workspace bound to a municipality (proactive posts without a named workspace). */
  firstOfTenant(platform: string, tenantId: string): Promise<Binding | undefined>;
  /**
   * Binds a workspace to the municipality with `tenantSlug`. Bound to another one already: a
   * ConflictError, unless `move` (the operator configured it so, e.g. the Teams tenant of the bot's credentials).
   */
  bind(input: { platform: string; externalId: string; tenantSlug: string; by: string; move?: boolean }, now: Date): Promise<'bound' | 'unchanged'>;
  /** Ends a binding (`v2030 unbind`); false when there was none. */
  unbind(input: { platform: string; externalId: string; by: string }, now: Date): Promise<boolean>;
  /**
   * Stores an installation for the municipality of an install link (the link is then bound to this
   * workspace) or, on a reinstall without one, of the existing binding. Throws InstallRefused.
   */
  install(input: { platform: string; externalId: string; linkId?: string; installation: unknown }, now: Date): Promise<Binding>;
  /** Forgets the installation (token revoked, app uninstalled); the binding stays for a reinstall. Returns how many. */
  forgetInstallation(input: { platform: string; externalIds: string[]; why: string }, now: Date): Promise<number>;
}

const withTenant = { tenant: { select: { slug: true, name: true, locale: true } } } as const;
type Row = Prisma.PlatformBindingGetPayload<{ include: typeof withTenant }>;

function toBinding(row: Row): Binding {
  return {
    platform: row.platform,
    externalId: row.externalId,
    tenantId: row.tenantId,
    tenantSlug: row.tenant.slug,
    tenantName: row.tenant.name,
    tenantLocale: isLocale(row.tenant.locale) ? row.tenant.locale : 'de',
    installation: row.installation,
  };
}

const audit = (tenantId: string, action: string, key: { platform: string; externalId: string }, before: object | undefined, after: object | undefined, now: Date) => ({
  tenantId,
  action,
  entity: 'PlatformBinding',
  entityId: `${key.platform}:${key.externalId}`,
  before: before as Prisma.InputJsonValue | undefined,
  after: after as Prisma.InputJsonValue | undefined,
  createdAt: now,
});

export function createBindingStore(db: Db): BindingStore {
  const findRow = (platform: string, externalId: string) => db.platformBinding.findUnique({ where: { platform_externalId: { platform, externalId } }, include: withTenant });
  return {
    async find(platform, externalId) {
      const row = await findRow(platform, externalId);
      return row ? toBinding(row) : undefined;
    },
    async ofPlatform(platform) {
      return (await db.platformBinding.findMany({ where: { platform }, orderBy: { createdAt: 'asc' }, include: withTenant })).map(toBinding);
    },
    async firstOfTenant(platform, tenantId) {
      const row = await db.platformBinding.findFirst({ where: { tenantId, platform }, orderBy: { createdAt: 'asc' }, include: withTenant });
      return row ? toBinding(row) : undefined;
    },
    async bind({ platform, externalId, tenantSlug, by, move }, now) {
      const tenant = await db.tenant.findUnique({ where: { slug: tenantSlug } });
      if (!tenant) throw new NotFoundError('access:unknownTenant', { key: tenantSlug });
      const existing = await findRow(platform, externalId);
      if (existing?.tenantId === tenant.id) return 'unchanged';
      if (existing && !move) throw new ConflictError('cli:bindingTaken', { platform, externalId, tenant: existing.tenant.slug });
      const key = { platform, externalId };
      await db.$transaction(async (tx) => {
        await tx.platformBinding.upsert({ where: { platform_externalId: key }, create: { ...key, tenantId: tenant.id, createdAt: now }, update: { tenantId: tenant.id } });
        if (existing) await appendAudit(tx, audit(existing.tenantId, 'binding.removed', key, { tenant: existing.tenant.slug }, { tenant: tenantSlug, by }, now));
        await appendAudit(tx, audit(tenant.id, 'binding.created', key, existing ? { tenant: existing.tenant.slug } : undefined, { tenant: tenantSlug, by }, now));
      });
      return 'bound';
    },
    async unbind({ platform, externalId, by }, now) {
      const existing = await findRow(platform, externalId);
      if (!existing) return false;
      await db.$transaction(async (tx) => {
        await tx.platformBinding.delete({ where: { id: existing.id } });
        await appendAudit(tx, audit(existing.tenantId, 'binding.removed', { platform, externalId }, { tenant: existing.tenant.slug, installed: existing.installation !== null }, { by }, now));
      });
      return true;
    },
    async install({ platform, externalId, linkId, installation }, now) {
      const key = { platform, externalId };
      const data = JSON.parse(JSON.stringify(installation)) as Prisma.InputJsonValue;
      const row = await db.$transaction(async (tx) => {
        const existing = await tx.platformBinding.findUnique({ where: { platform_externalId: key } });
        const linkTenant = linkId ? await consumeInstallLink(tx, linkId, externalId, now) : undefined;
        if (existing && linkTenant && existing.tenantId !== linkTenant) throw new InstallRefused('installTaken');
        const tenantId = existing?.tenantId ?? linkTenant;
        if (!tenantId) throw new InstallRefused('installBadLink');
        const saved = await tx.platformBinding.upsert({
          where: { platform_externalId: key },
          create: { ...key, tenantId, installation: data, createdAt: now },
          update: { installation: data },
          include: withTenant,
        });
        await appendAudit(tx, audit(tenantId, existing ? 'binding.installed' : 'binding.created', key, existing ? { installed: existing.installation !== null } : undefined, { tenant: saved.tenant.slug, by: linkId ? `install link ${linkId.slice(0, 8)}` : 'reinstall' }, now));
        return saved;
      });
      return toBinding(row);
    },
    async forgetInstallation({ platform, externalIds, why }, now) {
      const rows = await db.platformBinding.findMany({ where: { platform, externalId: { in: externalIds } } });
      const installed = rows.filter((r) => r.installation !== null);
      for (const row of installed) {
        await db.$transaction(async (tx) => {
          await tx.platformBinding.update({ where: { id: row.id }, data: { installation: Prisma.DbNull } });
          await appendAudit(tx, audit(row.tenantId, 'binding.installation_forgotten', row, { installed: true }, { installed: false, by: why }, now));
        });
      }
      return installed.length;
    },
  };
}
