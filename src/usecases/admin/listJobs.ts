import type { Db } from '../../db/client';
import { scheduleFor, type JobName } from '../../scheduler/schedulePolicy';
import { nextSlot } from '../../scheduler/slots';

/** Each tenant's schedules with their last run and next run, for operators. */
export async function listJobs(db: Db, jobs: JobName[], now: Date) {
  const tenants = await db.tenant.findMany({ orderBy: { slug: 'asc' } });
  const rows = [];
  for (const tenant of tenants) {
    for (const job of jobs) {
      const cron = scheduleFor(tenant.policy, job);
      const last = await db.jobRun.findFirst({ where: { tenantId: tenant.id, job }, orderBy: { claimedAt: 'desc' } });
      rows.push({ tenant: tenant.slug, zone: tenant.timeZone, job, cron, last, next: nextSlot(cron, tenant.timeZone, now) });
    }
  }
  return rows;
}
