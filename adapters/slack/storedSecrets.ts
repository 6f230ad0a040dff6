import type { Installation } from '@slack/bolt';
import { ConfigError } from '../../src/config/env';
import type { BindingStore } from '../../src/platform/bindings';
import { SecretBoxError, type SecretBox } from '../../src/security/secretBox';
import { openInstallation } from './installationSecrets';

/**
 * Refuses to start when stored OAuth installations cannot be opened: sealed while V2030_SECRET_KEY
 * is missing now, or sealed with another key. Started anyway, the bot would acknowledge every
 * command of those workspaces and answer none.
 */
export async function checkStoredInstallations(bindings: Pick<BindingStore, 'ofPlatform'>, secrets: SecretBox): Promise<void> {
  const rows = await bindings.ofPlatform('slack');
  const unreadable = rows.filter((row) => {
    if (!row.installation) return false;
    try {
      openInstallation(row.installation as unknown as Installation, secrets);
      return false;
    } catch (error) {
      if (error instanceof SecretBoxError) return true;
      throw error;
    }
  });
  if (unreadable.length === 0) return;
  const workspaces = unreadable.map((row) => row.externalId).join(', ');
  throw new ConfigError(
    `- V2030_SECRET_KEY: the Slack installations of ${unreadable.length} workspace(s) (${workspaces}) are stored encrypted and cannot be opened: ` +
      'the key is not set or is not the one they were stored with. Set V2030_SECRET_KEY to that key and start again; if the key is lost, the workspaces must install the app again.',
  );
}
