import { DateTime } from 'luxon';
import { translator } from '../../i18n';
import { periodKey } from '../../domain/period';
import { draftDay, reportPeriodDue } from '../../domain/reportPeriods';
import { enqueuePost } from '../../outbox/enqueue';
import { limitsOf, type PlatformLimits } from '../../platform/limits';
import { isManualSlot, latestOnly, type JobDefinition } from '../../scheduler/job';
import { pageSections } from '../paging';
import { reportPolicy } from '../reportPolicy';
import { inYearSections } from './inYearView';
import { renderReportCharts, storeCharts } from './reportCharts';
import { inYearSnapshot } from '../reportSnapshots';

/** A report not posted within this many days of its draft day (the bot was down longer) is left out: the next one is near. */
export const LATE_DAYS = 7;

/**
 * The in-year report job. It runs on working-day mornings; on a period's draft day (5 working days
 * after its end), or on a later run within LATE_DAYS when the bot was down, it drafts the report once
 * (a snapshot per scope) and posts it to every channel subscribed with `abo bericht`, with its charts,
 * split for each channel's platform. Each channel gets a period's report once (outbox keys per period
 * and subscription), however many replicas or runs. A manual run (`v2030 run report`) posts the latest
 * due report now under its own keys.
 */
export function createReportJob(platforms: readonly { platform: string; limits: PlatformLimits }[]): JobDefinition {
  return {
    name: 'report',
    catchUp: latestOnly,
    async run({ db, tenant, slotTime, slotKey, now, logger }) {
      const row = await db.tenant.findUniqueOrThrow({ where: { id: tenant.id }, select: { policy: true } });
      const policy = reportPolicy(row.policy);
      const period = reportPeriodDue(slotTime, policy.frequency, policy.calendar, tenant.timeZone);
      const manual = isManualSlot(slotKey);
      const late = DateTime.fromJSDate(draftDay(period, policy.calendar, tenant.timeZone)).plus({ days: LATE_DAYS }).toMillis() <= slotTime.getTime();
      if (late && !manual) return logger.info({ period: periodKey(period) }, 'report period too far back, not posted');
      const subscriptions = await db.channelSubscription.findMany({ where: { tenantId: tenant.id, kind: 'report', active: true }, orderBy: { createdAt: 'asc' } });
      const view = { t: translator(tenant.locale), locale: tenant.locale, zone: tenant.timeZone, now };
      const prefix = manual ? `report:${slotKey}:${periodKey(period)}` : `report:${periodKey(period)}`;
      const chartsByScope = new Map<string, Awaited<ReturnType<typeof storeCharts>>>();
      for (const subscription of subscriptions) {
        const key = (part: number) => `${prefix}:${subscription.id}:${part}`;
        if (await db.outboxMessage.findUnique({ where: { tenantId_dedupeKey: { tenantId: tenant.id, dedupeKey: key(0) } }, select: { id: true } })) continue;
        const report = await inYearSnapshot(db, tenant, period, subscription.actionFieldId, now);
        let charts = chartsByScope.get(subscription.actionFieldId);
        if (!charts) chartsByScope.set(subscription.actionFieldId, (charts = await storeCharts(db, tenant.id, renderReportCharts(report, view), now)));
        const messages = pageSections(inYearSections(report, view, charts), limitsOf(platforms, subscription.platform), view.t);
        await db.$transaction(async (tx) => {
          for (const [part, message] of messages.entries()) {
            await enqueuePost(
              tx,
              { tenantId: tenant.id, platform: subscription.platform, workspaceId: subscription.workspaceId, conversationId: subscription.conversationId, kind: 'report', subscriptionId: subscription.id, dedupeKey: key(part), message },
              now,
            );
          }
        });
      }
    },
  };
}
