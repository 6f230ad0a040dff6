import crypto from 'node:crypto';
import { appendAudit } from '../audit/appendAudit';
import type { Db, Tx } from '../db/client';
import { ConflictError, NotFoundError } from '../domain/errors';

/** How long an install link works unless the operator says otherwise. */
export const INSTALL_LINK_DAYS = 7;

/** Why an installation was refused; the installing admin is told (catalogue `slack:<reason>`). */
export type InstallRefusal = 'installBadLink' | 'installTaken' | 'installLinkExpired' | 'installLinkUsed' | 'installLinkRevoked';

export class InstallRefused extends Error {
  constructor(readonly reason: InstallRefusal) {
    super(reason);
  }
}

export interface InstallLinkInfo {
  /** The first characters of the link's secret: how the operator names it (list, revoke). */
  ref: string;
  tenant: string;
  createdAt: Date;
  expiresAt: Date;
  usedBy: string | null;
  revokedAt: Date | null;
}

const REF_LENGTH = 8;

/**
 * A new install link for a municipality (`v2030 slack-install-link`): a 256-bit secret that expires,
 * is bound to the first workspace that installs with it (only that one may use it again, e.g. to
 * reinstall) and can be revoked. Audited.
 */
export async function createInstallLink(db: Db, input: { tenantSlug: string; platform: string; validDays: number }, now: Date): Promise<{ id: string; ref: string; expiresAt: Date }> {
  const tenant = await db.tenant.findUnique({ where: { slug: input.tenantSlug } });
  if (!tenant) throw new NotFoundError('access:unknownTenant', { key: input.tenantSlug });
  const id = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + input.validDays * 86_400_000);
  await db.$transaction(async (tx) => {
    await tx.installLink.create({ data: { id, tenantId: tenant.id, platform: input.platform, createdAt: now, expiresAt } });
    await appendAudit(tx, { tenantId: tenant.id, action: 'install_link.created', entity: 'InstallLink', entityId: id.slice(0, REF_LENGTH), after: { platform: input.platform, expiresAt: expiresAt.toISOString() }, createdAt: now });
  });
  return { id, ref: id.slice(0, REF_LENGTH), expiresAt };
}

export async function listInstallLinks(db: Db, platform: string): Promise<InstallLinkInfo[]> {
  const rows = await db.installLink.findMany({ where: { platform }, orderBy: { createdAt: 'asc' } });
  const tenants = new Map((await db.tenant.findMany({ where: { id: { in: rows.map((r) => r.tenantId) } } })).map((t) => [t.id, t.slug]));
  return rows.map((r) => ({ ref: r.id.slice(0, REF_LENGTH), tenant: tenants.get(r.tenantId) ?? '?', createdAt: r.createdAt, expiresAt: r.expiresAt, usedBy: r.usedBy, revokedAt: r.revokedAt }));
}

/** Revokes a link by its reference (the first characters `list` shows); audited. */
export async function revokeInstallLink(db: Db, ref: string, now: Date): Promise<void> {
  const matches = ref.length >= REF_LENGTH ? await db.installLink.findMany({ where: { id: { startsWith: ref } } }) : [];
  if (matches.length !== 1) throw new NotFoundError('cli:installLinkUnknown', { ref });
  const link = matches[0]!;
  if (link.revokedAt) throw new ConflictError('cli:installLinkRevokedAlready', { ref });
  await db.$transaction(async (tx) => {
    await tx.installLink.update({ where: { id: link.id }, data: { revokedAt: now } });
    await appendAudit(tx, { tenantId: link.tenantId, action: 'install_link.revoked', entity: 'InstallLink', entityId: link.id.slice(0, REF_LENGTH), createdAt: now });
  });
}

/** Whether a link may start an installation now (before Slack's OAuth page): its municipality, or why not. */
export async function checkInstallLink(db: Db | Tx, id: string, now: Date, workspace?: string): Promise<{ ok: true; tenantId: string } | { ok: false; reason: InstallRefusal }> {
  const link = /^[A-Za-z0-9_-]{43}$/.test(id) ? await db.installLink.findUnique({ where: { id } }) : null;
  if (!link) return { ok: false, reason: 'installBadLink' };
  if (link.revokedAt) return { ok: false, reason: 'installLinkRevoked' };
  if (link.expiresAt <= now) return { ok: false, reason: 'installLinkExpired' };
  if (link.usedBy && workspace !== undefined && link.usedBy !== workspace) return { ok: false, reason: 'installLinkUsed' };
  return { ok: true, tenantId: link.tenantId };
}

/** In the installation's transaction: the link's municipality, the link bound to this workspace from now on. */
export async function consumeInstallLink(tx: Tx, id: string, workspace: string, now: Date): Promise<string> {
  const check = await checkInstallLink(tx, id, now, workspace);
  if (!check.ok) throw new InstallRefused(check.reason);
  // Guarded: of two workspaces installing with one link at once, one binds it.
  const { count } = await tx.installLink.updateMany({ where: { id, OR: [{ usedBy: null }, { usedBy: workspace }] }, data: { usedBy: workspace, usedAt: now } });
  if (count === 0) throw new InstallRefused('installLinkUsed');
  return check.tenantId;
}
