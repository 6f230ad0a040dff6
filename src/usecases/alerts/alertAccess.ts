import { ForbiddenError, NotFoundError } from '../../domain/errors';
import { localizedName, NAME_COLUMNS, type Named } from '../../format/localizedName';
import type { AlertItem } from '../../views/alertViews';
import type { UseCaseContext } from '../context';

const kpiColumns = { select: { code: true, ...NAME_COLUMNS, unit: true, decimals: true, teamId: true, team: { select: { actionFieldId: true, actionField: { select: NAME_COLUMNS } } } } } as const;

/** Action fields the actor manages: all for administrators and managers of all fields, else their manager scopes. */
async function managedFields(ctx: UseCaseContext): Promise<'all' | string[]> {
  if (ctx.actor.roles.includes('admin')) return 'all';
  const scopes = await ctx.db.personRole.findMany({ where: { personId: ctx.actor.personId, role: 'manager' }, select: { scope: true } });
  return scopes.some((s) => s.scope === '') ? 'all' : scopes.map((s) => s.scope);
}

/** Who decides on a KPI's alert: the lead of its team, managers of its field, administrators. */
async function mayDecide(ctx: UseCaseContext, kpi: { teamId: string; team: { actionFieldId: string } }): Promise<boolean> {
  if (ctx.actor.leadTeamIds.includes(kpi.teamId)) return true;
  const fields = await managedFields(ctx);
  return fields === 'all' || fields.includes(kpi.team.actionFieldId);
}

const asItem = (a: { kpi: AlertItem['kpi'] | null } & Omit<AlertItem, 'kpi'>): AlertItem => ({ ...a, kpi: a.kpi! });

/** The alert of the actor's municipality with this number. */
async function findAlert(ctx: UseCaseContext, number: number) {
  const alert = await ctx.db.alert.findUnique({ where: { tenantId_number: { tenantId: ctx.actor.tenant.id, number } }, include: { kpi: kpiColumns } });
  if (!alert?.kpi) throw new NotFoundError('alerts:unknown', { number });
  return { ...alert, kpi: alert.kpi };
}

/** The alert with this number, if the actor may acknowledge or snooze it. */
export async function alertToDecide(ctx: UseCaseContext, number: number) {
  const alert = await findAlert(ctx, number);
  if (!(await mayDecide(ctx, alert.kpi))) throw new ForbiddenError('alerts:notYourScope', { number, field: localizedName(alert.kpi.team.actionField, ctx.actor.locale) });
  return { row: alert, item: asItem(alert) };
}

/** The KPI code of the alert with this number (anyone of the municipality may look at the KPI). */
export async function kpiCodeOfAlert(ctx: UseCaseContext, number: number): Promise<string> {
  return (await findAlert(ctx, number)).kpi.code;
}

/** The message an alert was announced in as it stands now: its action field and the alerts announced with it. */
export async function announcementOf(ctx: UseCaseContext, number: number): Promise<{ field: Named; alerts: AlertItem[] }> {
  const alert = await findAlert(ctx, number);
  const alerts = alert.threadRef ? await alertItems(ctx, { threadRef: alert.threadRef }) : await alertItems(ctx, { id: alert.id });
  return { field: alert.kpi.team.actionField, alerts };
}

/** Open alerts (firing or acknowledged) of the actor's teams and the fields they manage, most severe first. */
export async function listOpenAlerts(ctx: UseCaseContext): Promise<AlertItem[]> {
  const fields = await managedFields(ctx);
  const scope = fields === 'all' ? {} : { kpi: { OR: [{ teamId: { in: ctx.actor.teamIds } }, { team: { actionFieldId: { in: fields } } }] } };
  return alertItems(ctx, { state: { in: ['firing', 'acknowledged'] }, ...scope });
}

/** A KPI's alerts that are not over (pending, firing, acknowledged), most severe first. */
export function unresolvedAlertsOf(ctx: UseCaseContext, kpiId: string): Promise<AlertItem[]> {
  return alertItems(ctx, { kpiId, state: { in: ['pending', 'firing', 'acknowledged'] } });
}

type AlertWhere = NonNullable<Parameters<UseCaseContext['db']['alert']['findMany']>[0]>['where'];

async function alertItems(ctx: UseCaseContext, where: AlertWhere): Promise<AlertItem[]> {
  const alerts = await ctx.db.alert.findMany({ where: { tenantId: ctx.actor.tenant.id, ...where }, include: { kpi: kpiColumns }, orderBy: { number: 'asc' } });
  const names = new Map(
    (await ctx.db.person.findMany({ where: { id: { in: alerts.flatMap((a) => (a.acknowledgedById ? [a.acknowledgedById] : [])) } }, select: { id: true, displayName: true } })).map((p) => [p.id, p.displayName]),
  );
  const severe = (a: { severity: string }) => (a.severity === 'critical' ? 0 : 1);
  return alerts
    .sort((a, b) => severe(a) - severe(b) || a.number - b.number)
    .map((a) => ({ ...asItem(a), ...(a.acknowledgedById && { acknowledgedBy: names.get(a.acknowledgedById) }) }));
}
