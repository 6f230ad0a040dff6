import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Clock } from '../../src/clock';
import { InstallRefused, type BindingStore } from '../../src/platform/bindings';
import type { SecretBox } from '../../src/security/secretBox';
import { openInstallation, sealInstallation } from './installationSecrets';

/** The key a workspace (or an Enterprise Grid organisation, for org-wide installs) is bound by. */
export function bindingKeyOf(installation: Pick<Installation, 'isEnterpriseInstall' | 'enterprise' | 'team'>): string | undefined {
  return installation.isEnterpriseInstall ? installation.enterprise?.id : installation.team?.id;
}

const keyOfQuery = (query: InstallationQuery<boolean>) => (query.isEnterpriseInstall ? query.enterpriseId : query.teamId);

/**
 * Bolt's InstallationStore on the core's binding store: an installation belongs to the workspace's
 * binding, which ties the workspace to its municipality. The municipality comes from the install link
 * (its id travels as the OAuth `metadata`; the store checks and consumes it), or from the existing
 * binding on a reinstall. Tokens are sealed with `secrets` (encrypted when V2030_SECRET_KEY is set).
 */
export function slackInstallationStore(bindings: BindingStore, secrets: SecretBox, clock: Clock, onChange: (externalId: string) => void): InstallationStore {
  return {
    async storeInstallation(installation) {
      const externalId = bindingKeyOf(installation);
      if (!externalId) throw new InstallRefused('installBadLink');
      await bindings.install({ platform: 'slack', externalId, linkId: installation.metadata || undefined, installation: sealInstallation(installation, secrets) }, clock.now());
      onChange(externalId);
    },
    async fetchInstallation(query) {
      const externalId = keyOfQuery(query);
      const binding = externalId ? await bindings.find('slack', externalId) : undefined;
      if (!binding?.installation) throw new Error(`No Slack installation for ${externalId ?? 'an unnamed workspace'}`);
      return openInstallation(binding.installation as Installation, secrets);
    },
    async deleteInstallation(query) {
      const externalId = keyOfQuery(query);
      if (!externalId) return;
      // The binding (which municipality the workspace belongs to) stays for a reinstall; the token goes.
      await bindings.forgetInstallation({ platform: 'slack', externalIds: [externalId], why: 'deleteInstallation' }, clock.now());
      onChange(externalId);
    },
  };
}
