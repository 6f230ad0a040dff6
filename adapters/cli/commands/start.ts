import type { Command } from 'commander';
import { DEMO_USER_EMAIL } from '../../../src/demo/seedDemo';
import { cliT } from '../locale';
import { anyPlatform } from '../platforms';
import { runCommand } from '../runCommand';
import { serve } from '../serve';
import { openConsole } from './console';

export function registerStart(program: Command): void {
  program
    .command('start')
    .description(cliT('cli:startDescription'))
    .action(async () => {
      let served = false;
      await runCommand({ migrate: true, seedDemo: true, defaultLogLevel: (c) => (anyPlatform(c) ? 'info' : 'warn') }, async (runtime) => {
        if (anyPlatform(runtime.config)) {
          served = true;
          return serve(runtime);
        }
        console.log(cliT('cli:startConsole', { database: runtime.config.database.file ?? runtime.config.database.provider }));
        await openConsole(runtime, DEMO_USER_EMAIL);
      });
      // The server is stopped (or failed to start): whatever a stuck connection or a library still holds open does not keep the process alive.
      if (served) process.exit(process.exitCode ?? 0);
    });
}
