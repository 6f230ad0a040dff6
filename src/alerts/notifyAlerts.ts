import type { Db, Tx } from '../db/client';
import { NAME_COLUMNS } from '../format/localizedName';
import { isLocale, translator, type Locale } from '../i18n';
import type { Message } from '../messages/model';
import { enqueueDirect, enqueuePost, enqueueReply } from '../outbox/enqueue';
import type { Tenant } from '../tenancy/tenant';
import { alertFollowUpMessage, alertsFiredMessage, type AlertItem } from '../views/alertViews';
import type { ViewContext } from '../views/viewContext';
import type { AlertChange } from './alertSubject';
import { alertChannels, managersOf } from './recipients';

const itemOf = (c: Pick<AlertChange, 'alert' | 'subject'>): AlertItem => ({ ...c.alert, subject: c.subject });

/**
 * Puts what people must hear about alert transitions into the outbox, in the caller's transaction:
 * alerts that fired, one message per action field, to its managers directly and to the channels
 * subscribed to its alerts (each message's key starts with the alerts' thread reference); a notice
 * when one turned critical or was resolved, as a reply in the thread of each of those messages.
 * `group` names the run (a scheduled slot) when several may fire at once; else each alert is its own.
 */
export async function notifyAlertChanges(db: Db | Tx, tenant: Tenant, changes: AlertChange[], now: Date, group?: string): Promise<void> {
  const view = viewFor(tenant, now);
  const fired = changes.filter((c) => c.transition === 'fired');
  const fields = [...new Set(fired.map((c) => c.subject.actionFieldId))];
  for (const fieldId of fields) {
    const ofField = fired.filter((c) => c.subject.actionFieldId === fieldId);
    if (group) await announce(db, tenant, ofField, `alerts:${group}:${fieldId}`, now, view, false);
    else for (const change of ofField) await announce(db, tenant, [change], `alert:${change.alert.id}:${change.alert.episode}`, now, view, false);
  }
  for (const change of changes) {
    if (change.transition === 'fired' || !change.alert.threadRef) continue;
    await followUp(db, tenant, change, change.transition, now, view);
  }
}

/** Alerts of one field to its managers and channels, keyed `<threadRef>:<destination>`; remembers the thread. */
export async function announce(db: Db | Tx, tenant: Tenant, alerts: Pick<AlertChange, 'alert' | 'subject'>[], threadRef: string, now: Date, view: (l?: string | null) => ViewContext, repeat: boolean) {
  const { actionFieldId, teamId } = alerts[0]!.subject;
  const field = await db.actionField.findUniqueOrThrow({ where: { id: actionFieldId }, select: NAME_COLUMNS });
  const render = (locale?: string | null): Message => alertsFiredMessage(field, alerts.map(itemOf), view(locale), repeat);
  const base = { tenantId: tenant.id, kind: 'alert' };
  for (const manager of await managersOf(db, tenant.id, { id: actionFieldId, teamId }, now)) {
    for (const platform of manager.platforms) {
      await enqueueDirect(db, { ...base, platform, personId: manager.personId, dedupeKey: `${threadRef}:p:${manager.personId}:${platform}`, message: render(manager.locale) }, now);
    }
  }
  for (const channel of await alertChannels(db, tenant.id, actionFieldId)) {
    const { platform, workspaceId, conversationId, id } = channel;
    await enqueuePost(db, { ...base, platform, workspaceId, conversationId, subscriptionId: id, dedupeKey: `${threadRef}:s:${id}`, message: render() }, now);
  }
  if (!repeat) await db.alert.updateMany({ where: { id: { in: alerts.map((a) => a.alert.id) } }, data: { threadRef } });
}

async function followUp(db: Db | Tx, tenant: Tenant, change: AlertChange, transition: 'escalated' | 'resolved', now: Date, view: (l?: string | null) => ViewContext) {
  const posts = await db.outboxMessage.findMany({
    where: { tenantId: tenant.id, operation: 'post', dedupeKey: { startsWith: `${change.alert.threadRef}:` } },
    select: { id: true, personId: true },
    orderBy: { createdAt: 'asc' },
  });
  const locales = new Map(
    (await db.person.findMany({ where: { id: { in: posts.flatMap((p) => (p.personId ? [p.personId] : [])) } }, select: { id: true, locale: true } })).map((p) => [p.id, p.locale]),
  );
  for (const post of posts) {
    const message = alertFollowUpMessage(itemOf(change), transition, view(post.personId ? locales.get(post.personId) : undefined));
    const dedupeKey = `alert:${change.alert.id}:${change.alert.episode}:${transition}:${post.id}`;
    await enqueueReply(db, { tenantId: tenant.id, kind: 'alert', dedupeKey, refersTo: { id: post.id }, message }, now);
  }
}

/** The view context of a recipient: their language where they set one, the tenant's otherwise. */
export function viewFor(tenant: Tenant, now: Date) {
  return (locale?: string | null): ViewContext => {
    const l: Locale = isLocale(locale) ? locale : tenant.locale;
    return { t: translator(l), locale: l, zone: tenant.timeZone, now };
  };
}
