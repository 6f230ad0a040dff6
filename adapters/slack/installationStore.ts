import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import { Prisma, type Db } from '../../src/db/client';
import type { SecretBox } from '../../src/security/secretBox';
import { openInstallation, sealInstallation } from './installationSecrets';

/** Why an installation was not stored; shown to the installing admin. */
export class InstallationRefused extends Error {
  constructor(readonly reason: 'installBadLink' | 'installTaken') {
    super(reason);
  }
}

/** The key a workspace (or an Enterprise Grid organisation, for org-wide installs) is bound by. */
export function bindingKeyOf(installation: Pick<Installation, 'isEnterpriseInstall' | 'enterprise' | 'team'>): string | undefined {
  return installation.isEnterpriseInstall ? installation.enterprise?.id : installation.team?.id;
}

/**
 * Bolt's InstallationStore on our tables: an installation is the `installation` of the workspace's
 * PlatformBinding, which ties the workspace to its municipality. The municipality comes from the
 * signed install link (`metadata`), or from an existing binding on reinstall. Tokens are sealed
 * with `secrets` (encrypted when V2030_SECRET_KEY is set).
 */
export function prismaInstallationStore(db: Db, secrets: SecretBox, onChange: (externalId: string) => void): InstallationStore {
  return {
    async storeInstallation(installation) {
      const externalId = bindingKeyOf(installation);
      if (!externalId) throw new InstallationRefused('installBadLink');
      const existing = await db.platformBinding.findUnique({ where: { platform_externalId: { platform: 'slack', externalId } } });
      const slug = installation.metadata;
      const tenant = slug ? await db.tenant.findUnique({ where: { slug } }) : null;
      if (slug && !tenant) throw new InstallationRefused('installBadLink');
      if (existing && tenant && existing.tenantId !== tenant.id) throw new InstallationRefused('installTaken');
      const tenantId = existing?.tenantId ?? tenant?.id;
      if (!tenantId) throw new InstallationRefused('installBadLink');
      const data = JSON.parse(JSON.stringify(sealInstallation(installation, secrets))) as Prisma.InputJsonValue;
      await db.platformBinding.upsert({
        where: { platform_externalId: { platform: 'slack', externalId } },
        create: { tenantId, platform: 'slack', externalId, installation: data },
        update: { installation: data },
      });
      onChange(externalId);
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const externalId = query.isEnterpriseInstall ? query.enterpriseId : query.teamId;
      const row = externalId ? await db.platformBinding.findUnique({ where: { platform_externalId: { platform: 'slack', externalId } } }) : null;
      if (!row?.installation) throw new Error(`No Slack installation for ${externalId ?? 'an unnamed workspace'}`);
      return openInstallation(row.installation as unknown as Installation, secrets);
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      const externalId = query.isEnterpriseInstall ? query.enterpriseId : query.teamId;
      if (!externalId) return;
      // The binding (which municipality the workspace belongs to) stays for a reinstall; the token goes.
      await db.platformBinding.updateMany({ where: { platform: 'slack', externalId }, data: { installation: Prisma.DbNull } });
      onChange(externalId);
    },
  };
}
