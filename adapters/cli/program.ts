import { Command } from 'commander';
import { registerAudit } from './commands/audit';
import { registerConsole } from './commands/console';
import { registerImport } from './commands/import';
import { registerJobs } from './commands/jobs';
import { registerLink } from './commands/link';
import { registerMigrate } from './commands/migrate';
import { registerOutbox } from './commands/outbox';
import { registerPeople } from './commands/people';
import { registerPerson } from './commands/person';
import { registerReport } from './commands/report';
import { registerRun } from './commands/run';
import { registerSchedule } from './commands/schedule';
import { registerSeed } from './commands/seed';
import { registerSlackInstallLink } from './commands/slackInstallLink';
import { registerStart } from './commands/start';
import { registerTemplate } from './commands/template';
import { registerTenant } from './commands/tenant';
import { localizeCommander } from './commanderLocale';
import { cliT } from './locale';

/** The `v2030` operator command with all its subcommands (main.ts runs it; tests run it in-process). */
export function operatorProgram(): Command {
  const program = localizeCommander(new Command('v2030'), cliT).description(cliT('cli:programDescription')).showHelpAfterError();
  for (const register of [registerStart, registerConsole, registerMigrate, registerSeed, registerPeople, registerPerson, registerLink, registerSlackInstallLink, registerJobs, registerSchedule, registerRun, registerOutbox, registerTenant, registerImport, registerTemplate, registerReport, registerAudit]) register(program);
  return program;
}
