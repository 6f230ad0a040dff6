import { appendAudit } from '../../audit/appendAudit';
import type { Db, Prisma } from '../../db/client';
import { InvalidInputError, NotFoundError } from '../../domain/errors';
import { REPORT_FREQUENCIES } from '../../domain/reportPeriods';
import { reportPolicy } from '../../reports/reportPolicy';
import { DEFAULT_SCHEDULES, validateSchedule, type JobName } from '../../scheduler/schedulePolicy';

/**
 * Sets (or with `default`, resets) a tenant's schedule for a job, after checking it (audited). For the
 * in-year report, `monthly` or `quarterly` sets how often it comes (its cron says when the job looks).
 */
export async function setSchedule(db: Db, tenantSlug: string, job: string, cron: string, now: Date): Promise<string> {
  if (!(job in DEFAULT_SCHEDULES)) throw new InvalidInputError('cli:scheduleUnknownJob', { job, jobs: Object.keys(DEFAULT_SCHEDULES).join(', ') });
  const tenant = await db.tenant.findUnique({ where: { slug: tenantSlug } });
  if (!tenant) throw new NotFoundError('access:unknownTenant', { key: tenantSlug });
  const policy = (tenant.policy ?? {}) as { schedules?: Record<string, string>; reports?: { frequency?: string } };
  if (job === 'report' && (REPORT_FREQUENCIES as readonly string[]).includes(cron)) {
    const next = { ...policy, reports: { ...policy.reports, frequency: cron } };
    await db.$transaction(async (tx) => {
      await tx.tenant.update({ where: { id: tenant.id }, data: { policy: next as Prisma.InputJsonValue } });
      await appendAudit(tx, { tenantId: tenant.id, action: 'schedule.changed', entity: 'Tenant', entityId: tenant.id, before: { reportFrequency: reportPolicy(policy).frequency }, after: { reportFrequency: cron }, createdAt: now });
    });
    return cron;
  }
  const expression = cron === 'default' ? DEFAULT_SCHEDULES[job as JobName] : validateSchedule(cron);
  const next = { ...policy, schedules: { ...policy.schedules, [job]: expression } };
  await db.$transaction(async (tx) => {
    await tx.tenant.update({ where: { id: tenant.id }, data: { policy: next as Prisma.InputJsonValue } });
    await appendAudit(tx, { tenantId: tenant.id, action: 'schedule.changed', entity: 'Tenant', entityId: tenant.id, before: { [job]: policy.schedules?.[job] ?? DEFAULT_SCHEDULES[job as JobName] }, after: { [job]: expression }, createdAt: now });
  });
  return expression;
}
