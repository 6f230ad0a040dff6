import { DateTime } from 'luxon';
import { DIRECT_PLATFORMS } from '../alerts/recipients';
import type { Db } from '../db/client';
import { kpiDue } from '../domain/kpiDue';
import { periodKey, type Frequency } from '../domain/period';

/** Days without an update after which a measure is due for a progress report (DESIGN §9). */
export const STALE_AFTER_DAYS = 7;

export interface DueMeasure {
  code: string;
  title: string;
  lastUpdateAt: Date | null;
}

export interface DueKpi {
  code: string;
  name: string;
  nameEn: string | null;
  period: string;
}

export interface Reminder {
  personId: string;
  locale: string | null;
  platforms: string[];
  measures: DueMeasure[];
  kpis: DueKpi[];
}

/**
 * Who is reminded of what this week: each active person with reminders on and a chat account, for
 * the open measures they are responsible for that had no update for 7 days, and — as lead of a core
 * team — its KPIs whose value is overdue. People with nothing due are left out.
 */
export async function dueReminders(db: Db, tenantId: string, now: Date, zone: string): Promise<Reminder[]> {
  const staleBefore = DateTime.fromJSDate(now, { zone }).minus({ days: STALE_AFTER_DAYS }).toJSDate();
  const people = await db.person.findMany({
    where: { tenantId, active: true, remindersPausedAt: null, identities: { some: { platform: { in: DIRECT_PLATFORMS } } } },
    select: {
      id: true,
      locale: true,
      identities: { where: { platform: { in: DIRECT_PLATFORMS } }, select: { platform: true } },
      measures: {
        where: { status: { not: 'done' }, OR: [{ lastUpdateAt: null }, { lastUpdateAt: { lt: staleBefore } }] },
        select: { code: true, title: true, lastUpdateAt: true },
        orderBy: { code: 'asc' },
      },
      memberships: { where: { role: 'lead', validFrom: { lte: now }, OR: [{ validUntil: null }, { validUntil: { gt: now } }] }, select: { teamId: true } },
    },
    orderBy: { email: 'asc' },
  });
  const ledTeams = [...new Set(people.flatMap((p) => p.memberships.map((m) => m.teamId)))];
  const kpis = await db.kpi.findMany({
    where: { tenantId, teamId: { in: ledTeams } },
    select: { code: true, name: true, nameEn: true, teamId: true, frequency: true, graceDays: true, values: { select: { period: true }, orderBy: { periodEnd: 'desc' }, take: 2 } },
    orderBy: { code: 'asc' },
  });
  const overdue = kpis.flatMap((k) => {
    const due = kpiDue(k.frequency as Frequency, k.graceDays, new Set(k.values.map((v) => v.period)), now, zone);
    return due?.overdue ? [{ teamId: k.teamId, kpi: { code: k.code, name: k.name, nameEn: k.nameEn, period: periodKey(due.period) } }] : [];
  });
  return people.flatMap((p) => {
    const teams = new Set(p.memberships.map((m) => m.teamId));
    const due = { measures: p.measures, kpis: overdue.filter((o) => teams.has(o.teamId)).map((o) => o.kpi) };
    if (due.measures.length === 0 && due.kpis.length === 0) return [];
    return [{ personId: p.id, locale: p.locale, platforms: [...new Set(p.identities.map((i) => i.platform))].sort(), ...due }];
  });
}
