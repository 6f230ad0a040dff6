import type { Command } from 'commander';
import { cliT } from '../locale';
import { registerImportBudget } from './importBudget';
import { registerImportRecords } from './importRecords';
import { registerImportStrategy } from './importStrategy';

/** `v2030 import <kind> <file>`: the municipality's own data. */
export function registerImport(program: Command): void {
  const command = program.command('import').description(cliT('import:importDescription'));
  registerImportBudget(command);
  registerImportStrategy(command);
  registerImportRecords(command);
}
