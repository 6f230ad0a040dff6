import type { Command } from 'commander';
import { createConsoleAdapter } from '../../console';
import { createBot } from '../../../src/bot/bot';
import { DEMO_USER_EMAIL } from '../../../src/demo/seedDemo';
import type { Runtime } from '../../../src/app/runtime';
import { cliLocale, cliT } from '../locale';
import { runCommand } from '../runCommand';

export async function openConsole(runtime: Runtime, userEmail: string): Promise<void> {
  const bot = createBot({ db: runtime.db, clock: runtime.clock, logger: runtime.logger });
  const interactive = Boolean(process.stdin.isTTY);
  await createConsoleAdapter({
    bot,
    tenantSlug: runtime.config.tenantSlug,
    userEmail,
    input: process.stdin,
    output: process.stdout,
    interactive,
    t: cliT,
    locale: cliLocale(),
  }).inbound.run();
}

export function registerConsole(program: Command): void {
  program
    .command('console')
    .description(cliT('cli:consoleDescription'))
    .option('--as <email>', cliT('cli:consoleAsOption'), DEMO_USER_EMAIL)
    .action(async (opts: { as: string }) => {
      await runCommand({ migrate: true, seedDemo: true, defaultLogLevel: () => 'warn' }, (runtime) => openConsole(runtime, opts.as.toLowerCase()));
    });
}
