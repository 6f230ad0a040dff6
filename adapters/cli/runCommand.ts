import { ConfigError } from '../../src/config/env';
import { isMissingTable } from '../../src/db/errors';
import { MigrationError } from '../../src/db/migrate';
import { DomainError } from '../../src/domain/errors';
import { openRuntime, type Runtime, type RuntimeOptions } from '../../src/app/runtime';
import { cliT } from './locale';

/**
 * Opens the runtime, runs an operator command and closes it. Errors an operator can fix are printed
 * as they are (exit 2 for configuration, 1 otherwise); nothing is printed as a stack trace.
 */
export async function runCommand(options: RuntimeOptions, body: (runtime: Runtime) => Promise<void>): Promise<void> {
  let runtime: Runtime | undefined;
  try {
    runtime = await openRuntime(options);
    await body(runtime);
  } catch (error) {
    process.exitCode = error instanceof ConfigError ? 2 : 1;
    if (error instanceof ConfigError || error instanceof MigrationError) console.error(error.message);
    else if (error instanceof DomainError) console.error(cliT(error.messageKey, error.params));
    else if (isMissingTable(error)) console.error(cliT('cli:databaseNotMigrated'));
    else {
      console.error(cliT('cli:unexpected', { message: (error as Error).message }));
      runtime?.logger.error({ err: error }, 'operator command failed');
    }
  } finally {
    await runtime?.close();
  }
}
