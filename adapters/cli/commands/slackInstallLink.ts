import type { Command } from 'commander';
import { installPath } from '../../slack';
import { cliT } from '../locale';
import { runCommand } from '../runCommand';

export function registerSlackInstallLink(program: Command): void {
  program
    .command('slack-install-link')
    .description(cliT('cli:installLinkDescription'))
    .argument('<public-url>', cliT('cli:installLinkUrlArgument'))
    .action(async (publicUrl: string) => {
      await runCommand({ migrate: false, seedDemo: false }, async ({ config }) => {
        const secret = config.env.SLACK_STATE_SECRET;
        if (!secret) {
          process.exitCode = 2;
          console.error(cliT('cli:installLinkNeedsOAuth'));
          return;
        }
        console.log(new URL(installPath(config.tenantSlug, secret), publicUrl).toString());
      });
    });
}
