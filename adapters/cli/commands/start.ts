import type { Command } from 'commander';
import { DEMO_USER_EMAIL } from '../../../src/demo/seedDemo';
import { cliT } from '../locale';
import { runCommand } from '../runCommand';
import { openConsole } from './console';

export function registerStart(program: Command): void {
  program
    .command('start')
    .description(cliT('cli:startDescription'))
    .action(async () => {
      await runCommand({ migrate: true, seedDemo: true, defaultLogLevel: 'warn' }, async (runtime) => {
        if (runtime.config.slackConfigured || runtime.config.teamsConfigured) {
          process.exitCode = 2;
          console.error(cliT('cli:platformsNotYet'));
          return;
        }
        console.log(cliT('cli:startConsole', { database: runtime.config.database.file ?? runtime.config.database.provider }));
        await openConsole(runtime, DEMO_USER_EMAIL);
      });
    });
}
