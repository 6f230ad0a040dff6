import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { translator, type Translate } from '../../../src/i18n';
import { collectPersonData, personByEmail } from '../../../src/usecases/people/privacy/collectPersonData';
import { erasePerson, hasBlockers, planErase, type ErasePlan } from '../../../src/usecases/people/privacy/erasePerson';
import { personExportFiles } from '../../../src/usecases/people/privacy/personExportFiles';
import { cliT } from '../locale';
import { runCommand } from '../runCommand';
import { tenantOf, withTenantOption } from '../tenantOption';

/** The plan as lines an operator (or the data-protection officer) reads: what happens to what, and why. */
function planLines(plan: ErasePlan): string[] {
  const lines = plan.steps.map((s) => `- ${cliT('person:step', { action: cliT(`person:action_${s.action}`), what: cliT(`person:what_${s.key}`), count: s.count, why: cliT(`person:why_${s.key}`) })}`);
  if (hasBlockers(plan)) {
    const b = plan.blockers;
    lines.push(cliT('person:blockedNote', { text: cliT('person:eraseBlocked', { measures: b.measures.join(', ') || '—', teams: b.teams.join(', ') || '—', budgets: b.budgets.join(', ') || '—' }) }));
  }
  return lines;
}

export function registerPerson(program: Command): void {
  const person = program.command('person').description(cliT('person:description'));

  withTenantOption(person.command('export <email>').description(cliT('person:exportDescription')).option('--out <dir>', cliT('person:outOption'))).action(
    async (email: string, options: { out?: string; tenant?: string }) => {
      await runCommand({ migrate: false, seedDemo: false }, async (runtime) => {
        const tenant = await tenantOf(runtime, options);
        const found = await personByEmail(runtime.db, tenant.id, email);
        const now = runtime.clock.now();
        const files = personExportFiles(await collectPersonData(runtime.db, tenant.id, found.id), now);
        const dir = options.out ?? `person-export-${DateTime.fromJSDate(now, { zone: tenant.timeZone }).toISODate()}`;
        await mkdir(dir, { recursive: true });
        for (const file of files) await writeFile(join(dir, file.name), file.bytes);
        console.log(cliT('person:exportWritten', { count: files.length, dir }));
      });
    },
  );

  withTenantOption(person.command('erase <email>').description(cliT('person:eraseDescription')).option('--dry-run', cliT('person:dryRunOption'))).action(
    async (email: string, options: { dryRun?: boolean; tenant?: string }) => {
      await runCommand({ migrate: false, seedDemo: false }, async (runtime) => {
        const tenant = await tenantOf(runtime, options);
        const found = await personByEmail(runtime.db, tenant.id, email);
        // The pseudonym is stored, so it is written in the municipality's language, not the operator's.
        const tenantT: Translate = translator(tenant.locale);
        const name = (ref: string) => tenantT('person:pseudonymName', { ref });
        const now = runtime.clock.now();
        if (options.dryRun) {
          const plan = await planErase(runtime.db, tenant.id, found.id, now, name);
          console.log([cliT('person:dryRunHeading', { email: found.email }), ...planLines(plan)].join('\n'));
          return;
        }
        const plan = await erasePerson(runtime.db, tenant.id, found.id, now, name);
        console.log([cliT('person:erasedHeading', { email: found.email, name: plan.pseudonym.displayName, pseudonym: plan.pseudonym.email }), ...planLines(plan)].join('\n'));
      });
    },
  );

}
