import { budgetLineSubject, kpiSubject, type AlertSubject } from '../../alerts/alertSubject';
import { ForbiddenError, NotFoundError } from '../../domain/errors';
import { localizedName, NAME_COLUMNS, type Named } from '../../format/localizedName';
import type { AlertItem } from '../../views/alertViews';
import type { UseCaseContext } from '../context';

/** What an alert's messages and scope need of its subject: a KPI or a budget line, with its action field. */
const subjectColumns = {
  kpi: { select: { code: true, ...NAME_COLUMNS, unit: true, decimals: true, teamId: true, team: { select: { actionFieldId: true, actionField: { select: NAME_COLUMNS } } } } },
  budgetLine: { select: { code: true, name: true, jointBudget: { select: { actionFieldId: true, actionField: { select: { ...NAME_COLUMNS, team: { select: { id: true } } } } } } } },
} as const;

type AlertWhere = NonNullable<Parameters<UseCaseContext['db']['alert']['findMany']>[0]>['where'];
type LoadedAlert = NonNullable<Awaited<ReturnType<typeof loadAlerts>>[number]>;

const loadAlerts = (ctx: UseCaseContext, where: AlertWhere) =>
  ctx.db.alert.findMany({ where: { tenantId: ctx.actor.tenant.id, ...where }, include: subjectColumns, orderBy: { number: 'asc' } });

/** The alert's subject and the name of its action field; undefined for a row about neither (never written). */
function subjectOf(a: LoadedAlert): (AlertSubject & { field: Named }) | undefined {
  if (a.kpi) return { ...kpiSubject(a.kpi), field: a.kpi.team.actionField };
  if (!a.budgetLine) return undefined;
  const { actionFieldId, actionField } = a.budgetLine.jointBudget;
  return { ...budgetLineSubject(a.budgetLine, { id: actionFieldId, teamId: actionField.team?.id ?? '' }), field: actionField };
}

const asItem = (a: LoadedAlert, subject: AlertSubject): AlertItem => {
  const { kpi: _kpi, budgetLine: _line, ...row } = a;
  return { ...row, subject };
};

/** Action fields the actor manages: all for administrators and managers of all fields, else their manager scopes. */
async function managedFields(ctx: UseCaseContext): Promise<'all' | string[]> {
  if (ctx.actor.roles.includes('admin')) return 'all';
  const scopes = await ctx.db.personRole.findMany({ where: { personId: ctx.actor.personId, role: 'manager' }, select: { scope: true } });
  return scopes.some((s) => s.scope === '') ? 'all' : scopes.map((s) => s.scope);
}

/** Who decides on an alert: the lead of its subject's team, managers of its field, administrators. */
async function mayDecide(ctx: UseCaseContext, subject: AlertSubject): Promise<boolean> {
  if (ctx.actor.leadTeamIds.includes(subject.teamId)) return true;
  const fields = await managedFields(ctx);
  return fields === 'all' || fields.includes(subject.actionFieldId);
}

/** The alert of the actor's municipality with this number. */
async function findAlert(ctx: UseCaseContext, number: number) {
  const [alert] = await loadAlerts(ctx, { number });
  const subject = alert && subjectOf(alert);
  if (!alert || !subject) throw new NotFoundError('alerts:unknown', { number });
  return { alert, subject };
}

/** The alert with this number, if the actor may acknowledge or snooze it. */
export async function alertToDecide(ctx: UseCaseContext, number: number) {
  const { alert, subject } = await findAlert(ctx, number);
  if (!(await mayDecide(ctx, subject))) throw new ForbiddenError('alerts:notYourScope', { number, field: localizedName(subject.field, ctx.actor.locale) });
  return { row: alert, item: asItem(alert, subject) };
}

/** The KPI code of the alert with this number (anyone of the municipality may look at the KPI). */
export async function kpiCodeOfAlert(ctx: UseCaseContext, number: number): Promise<string> {
  const { subject } = await findAlert(ctx, number);
  if (subject.type !== 'kpi') throw new NotFoundError('alerts:notAboutKpi', { number, code: subject.code });
  return subject.code;
}

/** The message an alert was announced in as it stands now: its action field and the alerts announced with it. */
export async function announcementOf(ctx: UseCaseContext, number: number): Promise<{ field: Named; alerts: AlertItem[] }> {
  const { alert, subject } = await findAlert(ctx, number);
  const alerts = alert.threadRef ? await alertItems(ctx, { threadRef: alert.threadRef }) : await alertItems(ctx, { id: alert.id });
  return { field: subject.field, alerts };
}

/** Open alerts (firing or acknowledged) of the actor's teams and the fields they manage, most severe first. */
export async function listOpenAlerts(ctx: UseCaseContext): Promise<AlertItem[]> {
  const fields = await managedFields(ctx);
  const teamIds = ctx.actor.teamIds;
  const scope: AlertWhere =
    fields === 'all'
      ? {}
      : {
          OR: [
            { kpi: { OR: [{ teamId: { in: teamIds } }, { team: { actionFieldId: { in: fields } } }] } },
            { budgetLine: { jointBudget: { OR: [{ actionField: { team: { is: { id: { in: teamIds } } } } }, { actionFieldId: { in: fields } }] } } },
          ],
        };
  return alertItems(ctx, { state: { in: ['firing', 'acknowledged'] }, ...scope });
}

/** A KPI's alerts that are not over (pending, firing, acknowledged), most severe first. */
export function unresolvedAlertsOf(ctx: UseCaseContext, kpiId: string): Promise<AlertItem[]> {
  return alertItems(ctx, { kpiId, state: { in: ['pending', 'firing', 'acknowledged'] } });
}

async function alertItems(ctx: UseCaseContext, where: AlertWhere): Promise<AlertItem[]> {
  const alerts = await loadAlerts(ctx, where);
  const names = new Map(
    (await ctx.db.person.findMany({ where: { id: { in: alerts.flatMap((a) => (a.acknowledgedById ? [a.acknowledgedById] : [])) } }, select: { id: true, displayName: true } })).map((p) => [p.id, p.displayName]),
  );
  const severe = (a: { severity: string }) => (a.severity === 'critical' ? 0 : 1);
  return alerts
    .sort((a, b) => severe(a) - severe(b) || a.number - b.number)
    .flatMap((a) => {
      const subject = subjectOf(a);
      return subject ? [{ ...asItem(a, subject), ...(a.acknowledgedById && { acknowledgedBy: names.get(a.acknowledgedById) }) }] : [];
    });
}
