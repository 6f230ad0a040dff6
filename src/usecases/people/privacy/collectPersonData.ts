import type { Db } from '../../../db/client';
import { NotFoundError } from '../../../domain/errors';

/** A value as it goes into the export: JSON scalars, dates as ISO text. */
export type ExportValue = string | number | boolean | null;
export type ExportRow = Record<string, ExportValue>;

/** Everything the bot stores about one person (DSGVO Art. 15/20), one list of rows per kind. */
export interface PersonData {
  personId: string;
  sections: Record<PersonSection, ExportRow[]>;
}

export const PERSON_SECTIONS = [
  'profile',
  'roles',
  'memberships',
  'identities',
  'conversations',
  'responsibilities',
  'progress',
  'kpiValues',
  'requests',
  'decisions',
  'questions',
  'delegations',
  'alerts',
  'directMessages',
  'audit',
] as const;
export type PersonSection = (typeof PERSON_SECTIONS)[number];

const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);
const json = (v: unknown): string | null => (v === null || v === undefined ? null : JSON.stringify(v));

/** The person of that e-mail in the tenant (case-insensitive), or a NotFoundError. */
export async function personByEmail(db: Db, tenantId: string, email: string): Promise<{ id: string; email: string; displayName: string; active: boolean }> {
  const wanted = email.trim().toLowerCase();
  const people = await db.person.findMany({ where: { tenantId }, select: { id: true, email: true, displayName: true, active: true } });
  const person = people.find((p) => p.email.toLowerCase() === wanted);
  if (!person) throw new NotFoundError('person:unknownEmail', { email: email.trim() });
  return person;
}

/** Reads every row that names the person, by id; the person's own rows in full. */
export async function collectPersonData(db: Db, tenantId: string, personId: string): Promise<PersonData> {
  const p = await db.person.findUniqueOrThrow({ where: { id: personId }, include: { department: { select: { code: true, name: true } } } });
  const mine = { tenantId };
  const [roles, memberships, identities, conversations, measures, progress, revisions, requests, decisions, questions, delegations, alerts, outbox, audit] = await Promise.all([
    db.personRole.findMany({ where: { ...mine, personId }, orderBy: { role: 'asc' } }),
    db.teamMembership.findMany({ where: { ...mine, personId }, include: { team: { select: { name: true, actionField: { select: { code: true } } } } }, orderBy: { validFrom: 'asc' } }),
    db.platformIdentity.findMany({ where: { ...mine, personId }, orderBy: { createdAt: 'asc' } }),
    db.conversationReference.findMany({ where: { ...mine, personId }, orderBy: { updatedAt: 'asc' } }),
    db.measure.findMany({ where: { ...mine, responsibleId: personId }, orderBy: { code: 'asc' } }),
    db.measureProgress.findMany({ where: { ...mine, authorId: personId }, include: { measure: { select: { code: true } } }, orderBy: { createdAt: 'asc' } }),
    db.kpiValueRevision.findMany({ where: { ...mine, recordedById: personId }, include: { kpiValue: { select: { period: true, kpi: { select: { code: true } } } } }, orderBy: { recordedAt: 'asc' } }),
    db.reallocationRequest.findMany({ where: { ...mine, OR: [{ requesterId: personId }, { decidedById: personId }, { councilRecordedById: personId }] }, orderBy: { number: 'asc' } }),
    db.reallocationDecision.findMany({ where: { ...mine, OR: [{ approverId: personId }, { onBehalfOfId: personId }] }, include: { request: { select: { number: true } } }, orderBy: { createdAt: 'asc' } }),
    db.reallocationQuestion.findMany({ where: { ...mine, askedById: personId }, include: { request: { select: { number: true } } }, orderBy: { createdAt: 'asc' } }),
    db.budgetDelegation.findMany({ where: { ...mine, OR: [{ fromPersonId: personId }, { toPersonId: personId }, { createdById: personId }] }, orderBy: { createdAt: 'asc' } }),
    db.alert.findMany({ where: { ...mine, OR: [{ acknowledgedById: personId }, { snoozedById: personId }] }, orderBy: { number: 'asc' } }),
    db.outboxMessage.findMany({ where: { ...mine, personId }, orderBy: { createdAt: 'asc' } }),
    db.auditLog.findMany({ where: { ...mine, actorId: personId }, orderBy: { createdAt: 'asc' } }),
  ]);
  const role = (id: string, as: string) => (id === personId ? as : '');
  return {
    personId,
    sections: {
      profile: [{ id: p.id, email: p.email, displayName: p.displayName, locale: p.locale, department: p.department?.code ?? null, active: p.active, remindersPausedAt: iso(p.remindersPausedAt), createdAt: iso(p.createdAt) }],
      roles: roles.map((r) => ({ role: r.role, scope: r.scope })),
      memberships: memberships.map((m) => ({ field: m.team.actionField.code, team: m.team.name, role: m.role, temporary: m.temporary, validFrom: iso(m.validFrom), validUntil: iso(m.validUntil) })),
      identities: identities.map((i) => ({ platform: i.platform, externalUserId: i.externalUserId, linkedBy: i.linkedBy, createdAt: iso(i.createdAt) })),
      conversations: conversations.map((c) => ({ platform: c.platform, conversationId: c.conversationId, scope: c.scope, reference: json(c.reference), updatedAt: iso(c.updatedAt) })),
      responsibilities: measures.map((m) => ({ measure: m.code, title: m.title, status: m.status, progress: m.progress })),
      progress: progress.map((u) => ({ measure: u.measure.code, percent: u.percent, status: u.status, note: u.note, createdAt: iso(u.createdAt) })),
      kpiValues: revisions.map((r) => ({ kpi: r.kpiValue.kpi.code, period: r.kpiValue.period, revision: r.revision, value: r.value.toString(), note: r.note, recordedAt: iso(r.recordedAt) })),
      requests: requests.map((r) => ({
        number: r.number,
        as: [role(r.requesterId, 'requester'), role(r.decidedById ?? '', 'decider'), role(r.councilRecordedById ?? '', 'council_recorder')].filter(Boolean).join(','),
        amountCents: r.amountCents.toString(),
        reason: r.reason,
        justification: r.justification,
        sustainabilityEffect: r.sustainabilityEffect,
        sustainabilityNote: r.sustainabilityNote,
        status: r.status,
        createdAt: iso(r.createdAt),
        decidedAt: iso(r.decidedAt),
      })),
      decisions: decisions.map((d) => ({ request: d.request.number, as: d.approverId === personId ? 'approver' : 'represented', decision: d.decision, comment: d.comment, level: d.level, createdAt: iso(d.createdAt) })),
      questions: questions.map((q) => ({ request: q.request.number, question: q.question, answer: q.answer, createdAt: iso(q.createdAt), answeredAt: iso(q.answeredAt) })),
      delegations: delegations.map((d) => ({ fromPersonId: d.fromPersonId, toPersonId: d.toPersonId, scope: d.scope, startsOn: iso(d.startsOn), endsOn: iso(d.endsOn), revokedAt: iso(d.revokedAt) })),
      alerts: alerts.map((a) => ({ number: a.number, acknowledged: a.acknowledgedById === personId, snoozed: a.snoozedById === personId, state: a.state })),
      directMessages: outbox.map((o) => ({ platform: o.platform, kind: o.kind, operation: o.operation, status: o.status, payload: json(o.payload), createdAt: iso(o.createdAt), sentAt: iso(o.sentAt) })),
      audit: audit.map((a) => ({ id: a.id, action: a.action, entity: a.entity, entityId: a.entityId, before: json(a.before), after: json(a.after), requestId: a.requestId, createdAt: iso(a.createdAt) })),
    },
  };
}
