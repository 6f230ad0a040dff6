import { ConfigError, type Config } from '../../src/config/env';
import { isMissingTable } from '../../src/db/errors';
import { MigrationError } from '../../src/db/migrate';
import { describeTarget } from '../../src/db/migrationFailure';
import { DomainError } from '../../src/domain/errors';
import { openRuntime, type Runtime, type RuntimeOptions } from '../../src/app/runtime';
import { SlackSetupError } from '../slack/tokenCheck';
import { cliT } from './locale';

export function announceLockWait(seconds: number, config: Config): void {
  console.error(cliT('cli:migrationLockWait', { seconds, database: describeTarget(config.database) }));
}

/**
 * Opens the runtime, runs an operator command and closes it. Errors an operator can fix are printed
 * as they are (exit 2 for configuration, 1 otherwise); nothing is printed as a stack trace. Logs go to
 * stderr from level warn on unless LOG_LEVEL or the command says otherwise.
 */
export async function runCommand(options: RuntimeOptions, body: (runtime: Runtime) => Promise<void>): Promise<void> {
  let runtime: Runtime | undefined;
  try {
    runtime = await openRuntime({ defaultLogLevel: () => 'warn', onMigrationLockWait: announceLockWait, ...options });
    await body(runtime);
  } catch (error) {
    process.exitCode = error instanceof ConfigError ? 2 : 1;
    if (error instanceof ConfigError || error instanceof SlackSetupError) console.error(error.message);
    else if (error instanceof DomainError || error instanceof MigrationError) console.error(cliT(error.messageKey, error.params));
    else if (isMissingTable(error)) console.error(cliT('cli:databaseNotMigrated'));
    else {
      console.error(cliT('cli:unexpected', { message: (error as Error).message }));
      runtime?.logger.error({ err: error }, 'operator command failed');
    }
  } finally {
    await runtime?.close();
  }
}
