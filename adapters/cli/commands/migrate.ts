import type { Command } from 'commander';
import { applyMigrations } from '../../../src/db/migrate';
import { cliT } from '../locale';
import { runCommand } from '../runCommand';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description(cliT('cli:migrateDescription'))
    .action(async () => {
      await runCommand({ migrate: false, seedDemo: false }, async (runtime) => {
        const output = await applyMigrations(runtime.config.database);
        const applied = /following migration\(s\) have been applied/.test(output);
        console.log(cliT(applied ? 'cli:migrateApplied' : 'cli:migrateNothing', { database: runtime.config.database.file ?? runtime.config.database.provider }));
      });
    });
}
