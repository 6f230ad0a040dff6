import type { Command } from 'commander';
import type { Runtime } from '../../src/app/runtime';
import { resolveTenant, type Tenant } from '../../src/tenancy/tenant';
import { cliT } from './locale';

/** `--tenant <slug>`: the municipality an operator command works on (default V2030_TENANT). */
export function withTenantOption(command: Command): Command {
  return command.option('--tenant <slug>', cliT('import:tenantOption'));
}

export function tenantOf({ db, clock, config }: Pick<Runtime, 'db' | 'clock' | 'config'>, options: { tenant?: string }): Promise<Tenant> {
  return resolveTenant(db, { slug: options.tenant ?? config.tenantSlug }, clock);
}
