/**
 * Benchmark of KPI alerts (issue 13): the daily run over 300 monthly KPIs with 10 years of values
 * each (36,000 values), against reading those values alone in the same run; and what evaluating a
 * KPI's alerts adds to recording a value (recordings with alerts against recordings with the tenant's
 * alerts switched off, alternating in the same run). Writes bench/results/alerts-<database>.md.
 * Run: `npx tsx bench/alerts/run.ts` (DATABASE_URL=postgresql://… for PostgreSQL; BENCH_RECORDS).
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { alertJob } from '../../src/alerts/alertJob';
import { createDb } from '../../src/db/client';
import { createLogger } from '../../src/logger';
import { resolveActor } from '../../src/tenancy/actor';
import type { Tenant } from '../../src/tenancy/tenant';
import { recordKpiValue } from '../../src/usecases/kpis/recordKpiValue';
import { benchDatabase } from '../benchDatabase';

const FIELDS = 6;
const KPIS = 300;
const YEARS = 10;
const RECORDS = Number(process.env.BENCH_RECORDS ?? 200);
const logger = createLogger('silent');

const database = await benchDatabase();
const db = createDb(database.target);
const row = await db.tenant.create({ data: { slug: 'bench', name: 'Benchstadt' } });
const tenant: Tenant = { id: row.id, slug: row.slug, name: row.name, locale: 'de', timeZone: 'Europe/Berlin' };
const lead = await db.person.create({ data: { tenantId: tenant.id, email: 'lead@bench.de', displayName: 'Lea Lead', identities: { create: [{ tenantId: tenant.id, platform: 'slack', externalUserId: 'ULEAD' }, { tenantId: tenant.id, platform: 'console', externalUserId: 'lead@bench.de' }] } } });
const teams: string[] = [];
for (let f = 0; f < FIELDS; f++) {
  const field = await db.actionField.create({ data: { tenantId: tenant.id, code: `F${f}`, name: `Feld ${f}` } });
  const team = await db.coreTeam.create({ data: { tenantId: tenant.id, actionFieldId: field.id, name: `Team ${f}` } });
  await db.teamMembership.create({ data: { tenantId: tenant.id, teamId: team.id, personId: lead.id, role: 'lead', validFrom: new Date('2015-01-01') } });
  await db.channelSubscription.create({ data: { tenantId: tenant.id, platform: 'slack', workspaceId: 'T1', conversationId: `C${f}`, kind: 'alerts', actionFieldId: field.id, createdById: lead.id } });
  teams.push(team.id);
}
// Each KPI falls from 100 (2015) to 40 (2025) along its path; every 10th ends its series off the path.
for (let k = 0; k < KPIS; k++) {
  const targets = Array.from({ length: YEARS }, (_, i) => ({ tenantId: tenant.id, year: 2016 + i, value: String(100 - 6 * (i + 1)) }));
  const kpi = await db.kpi.create({
    data: { tenantId: tenant.id, code: `K-${k}`, name: `Kennzahl ${k}`, unit: 't', direction: 'lower_better', frequency: 'monthly', baselineValue: '100', baselineYear: 2015, graceDays: 10, teamId: teams[k % FIELDS]!, targets: { createMany: { data: targets } } },
  });
  const values = Array.from({ length: YEARS * 12 }, (_, m) => {
    const year = 2016 + Math.floor(m / 12);
    const month = (m % 12) + 1;
    const path = 100 - 0.5 * (m + 1);
    const off = k % 10 === 0 && m >= YEARS * 12 - 3 ? 1.2 : 1 + ((m * 7 + k) % 5) / 100 - 0.02;
    return { tenantId: tenant.id, kpiId: kpi.id, period: `${year}-${String(month).padStart(2, '0')}`, periodEnd: new Date(Date.UTC(year, month, 1)), value: (path * off).toFixed(2), recordedById: lead.id };
  });
  await db.kpiValue.createMany({ data: values });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

// The daily run: first (alerts created and announced), then steady days (evaluated, little written).
const day = 86_400_000;
const start = new Date('2026-01-05T06:00:00Z');
const runAt = (i: number) => {
  const now = new Date(start.getTime() + i * day);
  return alertJob.run({ db, tenant, slotTime: now, slotKey: now.toISOString(), now, logger });
};
const firstRun = await timed(() => runAt(0));
const steady: number[] = [];
const reads: number[] = [];
for (let i = 1; i <= 7; i++) {
  steady.push(await timed(() => runAt(i)));
  reads.push(await timed(() => db.kpiValue.findMany({ where: { tenantId: tenant.id }, select: { kpiId: true, period: true, value: true } })));
}
const alerts = await db.alert.count({ where: { state: 'firing' } });
const messages = await db.outboxMessage.count();

// Recording a value with alerts against the same recording without them (the tenant's alerts switched
// off, `alerts.enabled: false`), in alternating blocks so that both see the same machine. Both read the
// tenant's policy; with alerts the recording also reads the KPI's alerts and values and writes what changed.
const at = new Date('2026-01-12T10:00:00Z');
const actor = await resolveActor(db, tenant, 'console', 'lead@bench.de', at);
const ctx = (i: number) => ({ db, actor, now: new Date(at.getTime() + i * 1000), requestId: `bench-${i}`, log: logger });
const BLOCK = 20;
const withAlerts: number[] = [];
const withoutAlerts: number[] = [];
for (let i = 0; i < 2 * RECORDS; i++) {
  const on = Math.floor(i / BLOCK) % 2 === 0;
  if (i % BLOCK === 0) await db.tenant.update({ where: { id: tenant.id }, data: { policy: on ? {} : { alerts: { enabled: false } } } });
  const k = i % KPIS;
  const took = await timed(() => recordKpiValue(ctx(i), { kpiCode: `K-${k}`, value: (40 + (i % 7) / 10 + Math.floor(i / KPIS)).toFixed(2), period: { frequency: 'monthly', year: 2025, index: 12 } }));
  (on ? withAlerts : withoutAlerts).push(took);
}
await db.tenant.update({ where: { id: tenant.id }, data: { policy: {} } });

const ms = (x: number) => `${x.toFixed(1)} ms`;
const table = `# KPI alerts benchmark (${database.label})

Measured ${new Date().toISOString().slice(0, 10)} on ${process.platform}, Node ${process.version}: ${KPIS} monthly KPIs in ${FIELDS} action fields, ${YEARS} years of values each (${KPIS * YEARS * 12} values).

| measurement | result | baseline in the same run | ratio | goal |
|---|---:|---:|---:|---|
| daily run, first (${alerts} alerts fire, ${messages} messages enqueued) | ${ms(firstRun)} | reading the values: ${ms(median(reads))} | ${(firstRun / median(reads)).toFixed(1)} × | < 200 ms |
| daily run, following days (median of 7) | ${ms(median(steady))} | reading the values: ${ms(median(reads))} | ${(median(steady) / median(reads)).toFixed(1)} × | < 200 ms |
| recording a value with its alerts evaluated (median of ${RECORDS}) | ${ms(median(withAlerts))} | without alerts: ${ms(median(withoutAlerts))} | ${(median(withAlerts) / median(withoutAlerts)).toFixed(2)} × | |
| what the alerts add to a recording (difference of the medians) | ${ms(median(withAlerts) - median(withoutAlerts))} | | | < 5 ms |
`;
console.log(table);
const out = path.join(import.meta.dirname, '..', 'results', `alerts-${database.label.toLowerCase()}.md`);
fs.writeFileSync(out, table);
await db.$disconnect();
await database.drop();
