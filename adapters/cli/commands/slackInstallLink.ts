import type { Command } from 'commander';
import { formatDateTime } from '../../../src/format';
import { createInstallLink, INSTALL_LINK_DAYS, listInstallLinks, revokeInstallLink, type InstallLinkInfo } from '../../../src/platform/installLinks';
import { installLinkPath } from '../../slack';
import { slackSettings } from '../../slack/settings';
import { cliLocale, cliT } from '../locale';
import { runCommand } from '../runCommand';

interface Options {
  days: string;
  list?: boolean;
  revoke?: string;
}

const stateOf = (link: InstallLinkInfo) =>
  link.revokedAt ? cliT('cli:installLinkIsRevoked') : link.usedBy ? cliT('cli:installLinkUsedBy', { workspace: link.usedBy }) : cliT('cli:installLinkOpen');

/** `v2030 slack-install-link <public-url>`: a new link (expiring, single workspace); `--list`, `--revoke <ref>`. */
export function registerSlackInstallLink(program: Command): void {
  program
    .command('slack-install-link')
    .description(cliT('cli:installLinkDescription'))
    .argument('[public-url]', cliT('cli:installLinkUrlArgument'))
    .option('--days <days>', cliT('cli:installLinkDaysOption'), String(INSTALL_LINK_DAYS))
    .option('--list', cliT('cli:installLinkListOption'))
    .option('--revoke <ref>', cliT('cli:installLinkRevokeOption'))
    .action(async (publicUrl: string | undefined, options: Options) => {
      await runCommand({ migrate: false, seedDemo: false }, async ({ config, db, clock }) => {
        const when = (date: Date) => formatDateTime(date, cliLocale(), 'Europe/Berlin');
        if (options.list) {
          const links = await listInstallLinks(db, 'slack');
          console.log(links.length === 0 ? cliT('cli:installLinkNone') : links.map((l) => cliT('cli:installLinkRow', { ref: l.ref, tenant: l.tenant, expires: when(l.expiresAt), state: stateOf(l) })).join('\n'));
          return;
        }
        if (options.revoke) {
          await revokeInstallLink(db, options.revoke, clock.now());
          console.log(cliT('cli:installLinkRevokedDone', { ref: options.revoke }));
          return;
        }
        if (!slackSettings(config.source)?.oauth) {
          process.exitCode = 2;
          console.error(cliT('cli:installLinkNeedsOAuth'));
          return;
        }
        if (!publicUrl) {
          process.exitCode = 2;
          console.error(cliT('cli:installLinkUrlMissing'));
          return;
        }
        const days = Number(options.days);
        const link = await createInstallLink(db, { tenantSlug: config.tenantSlug, platform: 'slack', validDays: Number.isInteger(days) && days > 0 ? days : INSTALL_LINK_DAYS }, clock.now());
        console.log(new URL(installLinkPath(link.id), publicUrl).toString());
        console.log(cliT('cli:installLinkCreated', { expires: when(link.expiresAt), ref: link.ref }));
      });
    });
}
