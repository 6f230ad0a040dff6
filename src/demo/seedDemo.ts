import type { Db, Tx } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import { DEMO_LEAD_KEY, DEMO_TREASURER_KEY, DEMO_USER_KEY } from './content/people';
import { demoTenant } from './content/tenant';
import { seedActionFields } from './seed/seedActionFields';
import { seedBudgets } from './seed/seedBudgets';
import { emailOf, type SeedContext } from './seed/seedContext';
import { seedGoals } from './seed/seedGoals';
import { seedKpis } from './seed/seedKpis';
import { seedMeasures } from './seed/seedMeasures';
import { seedOrganisation } from './seed/seedOrganisation';
import { loadWeselPlan, type WeselPlan } from './weselPlan';

export const DEMO_TENANT_SLUG = demoTenant.slug;
/** The console's default user: KLI core-team member, responsible for M-12, team owns CO2-1. */
export const DEMO_USER_EMAIL = emailOf(DEMO_USER_KEY);
/** Lead of the KLI core team (approves its reallocations). */
export const DEMO_LEAD_EMAIL = emailOf(DEMO_LEAD_KEY);
export const DEMO_TREASURER_EMAIL = emailOf(DEMO_TREASURER_KEY);

export interface SeedDemoOptions {
  /** Everything is dated relative to this instant, so the demo looks current whenever it is seeded. */
  now: Date;
}

/**
 * Seeds the demo municipality "Musterstadt" unless the tenant `demo` exists; then nothing changes.
 * All of it is written in one transaction, so a failed seed leaves nothing behind and a concurrent
 * second seeder (another replica starting) backs off on the tenant's unique slug.
 */
export async function seedDemo(db: Db, options: SeedDemoOptions): Promise<{ tenantId: string; created: boolean }> {
  const existing = await db.tenant.findUnique({ where: { slug: DEMO_TENANT_SLUG }, select: { id: true } });
  if (existing) return { tenantId: existing.id, created: false };
  const wesel = await loadWeselPlan();
  try {
    const tenantId = await db.$transaction((tx) => seedAll(tx, wesel, options.now), { maxWait: 30_000, timeout: 180_000 });
    return { tenantId, created: true };
  } catch (error) {
    const raced = isUniqueViolation(error) ? await db.tenant.findUnique({ where: { slug: DEMO_TENANT_SLUG }, select: { id: true } }) : null;
    if (!raced) throw error;
    return { tenantId: raced.id, created: false };
  }
}

async function seedAll(tx: Tx, wesel: WeselPlan, now: Date): Promise<string> {
  const tenant = await tx.tenant.create({
    data: { slug: demoTenant.slug, name: demoTenant.name, locale: demoTenant.locale, timeZone: demoTenant.timeZone, policy: demoTenant.policy, createdAt: now },
    select: { id: true },
  });
  const ctx: SeedContext = {
    tx,
    tenantId: tenant.id,
    now,
    zone: demoTenant.timeZone,
    departments: new Map(),
    people: new Map(),
    fields: new Map(),
    goals: new Map(),
  };
  await seedOrganisation(ctx);
  await seedActionFields(ctx);
  await seedBudgets(ctx, wesel);
  await seedGoals(ctx);
  await seedMeasures(ctx);
  await seedKpis(ctx);
  return tenant.id;
}
