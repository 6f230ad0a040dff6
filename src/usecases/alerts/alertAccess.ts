import { ForbiddenError, NotFoundError } from '../../domain/errors';
import type { AlertItem } from '../../views/alertViews';
import type { UseCaseContext } from '../context';

const kpiColumns = { select: { code: true, name: true, unit: true, decimals: true, teamId: true, team: { select: { actionFieldId: true, actionField: { select: { name: true } } } } } } as const;

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

const asItem = (a: { kpi: { code: string; name: string; unit: string; decimals: number } | null } & Omit<AlertItem, 'kpi'>): AlertItem => ({ ...a, kpi: a.kpi! });

/** The alert with this number, if the actor may acknowledge or snooze it. */
export async function alertToDecide(ctx: UseCaseContext, number: number) {
  const alert = await ctx.db.alert.findUnique({ where: { tenantId_number: { tenantId: ctx.actor.tenant.id, number } }, include: { kpi: kpiColumns } });
  if (!alert?.kpi) throw new NotFoundError('alerts:unknown', { number });
  if (!(await mayDecide(ctx, alert.kpi))) throw new ForbiddenError('alerts:notYourScope', { number, field: alert.kpi.team.actionField.name });
  return { row: alert, item: asItem(alert) };
}

/** Open alerts (firing or acknowledged) of the actor's teams and the fields they manage, most severe first. */
export async function listOpenAlerts(ctx: UseCaseContext): Promise<AlertItem[]> {
  const fields = await managedFields(ctx);
  const scope = fields === 'all' ? {} : { kpi: { OR: [{ teamId: { in: ctx.actor.teamIds } }, { team: { actionFieldId: { in: fields } } }] } };
  const alerts = await ctx.db.alert.findMany({
    where: { tenantId: ctx.actor.tenant.id, state: { in: ['firing', 'acknowledged'] }, ...scope },
    include: { kpi: kpiColumns },
    orderBy: { number: 'asc' },
  });
  const names = new Map(
    (await ctx.db.person.findMany({ where: { id: { in: alerts.flatMap((a) => (a.acknowledgedById ? [a.acknowledgedById] : [])) } }, select: { id: true, displayName: true } })).map((p) => [p.id, p.displayName]),
  );
  const severe = (a: { severity: string }) => (a.severity === 'critical' ? 0 : 1);
  return alerts
    .sort((a, b) => severe(a) - severe(b) || a.number - b.number)
    .map((a) => ({ ...asItem(a), ...(a.acknowledgedById && { acknowledgedBy: names.get(a.acknowledgedById) }) }));
}
