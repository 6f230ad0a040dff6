import type { Command } from 'commander';
import { sealLegacyAudit } from '../../../src/audit/sealLegacyAudit';
import { applyMigrations } from '../../../src/db/migrate';
import { describeTarget } from '../../../src/db/migrationFailure';
import { cliT } from '../locale';
import { announceLockWait, runCommand } from '../runCommand';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description(cliT('cli:migrateDescription'))
    .action(async () => {
      await runCommand({ migrate: false, seedDemo: false }, async ({ config, db }) => {
        const { applied } = await applyMigrations(config.database, { onLockWait: (seconds) => announceLockWait(seconds, config) });
        if (applied) await sealLegacyAudit(db);
        console.log(cliT(applied ? 'cli:migrateApplied' : 'cli:migrateNothing', { database: describeTarget(config.database) }));
      });
    });
}
