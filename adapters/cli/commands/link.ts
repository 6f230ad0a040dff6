import type { Command } from 'commander';
import { resolveTenant } from '../../../src/tenancy/tenant';
import { linkIdentity } from '../../../src/usecases/admin/linkIdentity';
import { cliT } from '../locale';
import { runCommand } from '../runCommand';

export function registerLink(program: Command): void {
  program
    .command('link')
    .description(cliT('cli:linkDescription'))
    .argument('<platform>', 'slack | teams | console')
    .argument('<platform-user-id>', cliT('cli:linkUserIdArgument'))
    .argument('<email>', cliT('cli:linkEmailArgument'))
    .option('--replace', cliT('cli:linkReplaceOption'), false)
    .action(async (platform: string, externalUserId: string, email: string, opts: { replace: boolean }) => {
      await runCommand({ migrate: false, seedDemo: false }, async ({ db, clock, config }) => {
        const tenant = await resolveTenant(db, { slug: config.tenantSlug }, clock);
        const result = await linkIdentity(db, { tenantId: tenant.id, platform, externalUserId, email, replace: opts.replace, now: clock.now() });
        console.log(cliT('cli:linkDone', { platform, userId: externalUserId, name: result.personName, email: email.toLowerCase() }));
        if (result.previousPerson) console.log(cliT('cli:linkMoved', { other: result.previousPerson }));
      });
    });
}
