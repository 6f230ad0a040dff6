import type { Command } from 'commander';
import { seedDemo } from '../../../src/demo/seedDemo';
import { cliT } from '../locale';
import { runCommand } from '../runCommand';

export function registerSeed(program: Command): void {
  program
    .command('seed')
    .description(cliT('cli:seedDescription'))
    .action(async () => {
      await runCommand({ migrate: true, seedDemo: false }, async (runtime) => {
        const { created } = await seedDemo(runtime.db, { now: runtime.clock.now() });
        console.log(cliT(created ? 'cli:seedCreated' : 'cli:seedExists'));
      });
    });
}
