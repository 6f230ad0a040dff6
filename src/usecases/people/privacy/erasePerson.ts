import { appendAudit } from '../../../audit/appendAudit';
import type { Db, Tx } from '../../../db/client';
import { ConflictError } from '../../../domain/errors';
import { inSequence } from '../../../db/inSequence';

/** What erasure does with one kind of data, and why (`person:why_<key>` in the catalogues). */
export interface EraseStep {
  key: EraseKey;
  action: 'delete' | 'pseudonymise' | 'keep';
  count: number;
}

export type EraseKey =
  | 'profile'
  | 'identities'
  | 'conversations'
  | 'roles'
  | 'memberships'
  | 'drafts'
  | 'directMessages'
  | 'inbound'
  | 'progress'
  | 'kpiValues'
  | 'budgetRecords'
  | 'audit';

export interface ErasePlan {
  personId: string;
  /** The name and e-mail the person row gets. */
  pseudonym: { displayName: string; email: string };
  steps: EraseStep[];
  /** Responsibilities still held: erasure waits for `v2030 person leave`. */
  blockers: { measures: string[]; teams: string[]; budgets: string[] };
}

/** The e-mail an erased person's row carries: unique, reserved (RFC 2606), and naming nobody. */
export const pseudonymEmail = (personId: string) => `erased-${personId}@erased.invalid`;
const shortRef = (personId: string) => personId.slice(-6);

/** Inbound chat requests sent from one of the accounts (their payload names the platform user id). */
async function inboundOf(db: Db | Tx, tenantId: string, accounts: { platform: string; externalUserId: string }[]): Promise<string[]> {
  if (accounts.length === 0) return [];
  const rows = await db.inboundRequest.findMany({ where: { tenantId, platform: { in: [...new Set(accounts.map((a) => a.platform))] } }, select: { id: true, platform: true, payload: true } });
  return rows
    .filter((r) => {
      const text = JSON.stringify(r.payload);
      return accounts.some((a) => a.platform === r.platform && text.includes(JSON.stringify(a.externalUserId)));
    })
    .map((r) => r.id);
}

/** What `v2030 person erase` would do, without changing anything (the dry run shows this). */
export async function planErase(db: Db | Tx, tenantId: string, personId: string, now: Date, pseudonymName: (ref: string) => string): Promise<ErasePlan> {
  const where = { tenantId, personId };
  const identities = await db.platformIdentity.findMany({ where, select: { platform: true, externalUserId: true } });
  const [conversations, roles, memberships, drafts, directMessages, inbound, progress, kpiValues, requests, decisions, audit] = await inSequence([
    () => db.conversationReference.count({ where }),
    () => db.personRole.count({ where }),
    () => db.teamMembership.count({ where }),
    () => db.reallocationDraft.count({ where }),
    () => db.outboxMessage.count({ where }),
    () => inboundOf(db, tenantId, identities),
    () => db.measureProgress.count({ where: { tenantId, authorId: personId } }),
    () => db.kpiValueRevision.count({ where: { tenantId, recordedById: personId } }),
    () => db.reallocationRequest.count({ where: { tenantId, OR: [{ requesterId: personId }, { decidedById: personId }] } }),
    () => db.reallocationDecision.count({ where: { tenantId, approverId: personId } }),
    () => db.auditLog.count({ where: { tenantId, actorId: personId } }),
  ]);
  const current = { OR: [{ validUntil: null }, { validUntil: { gt: now } }] };
  const [measures, teams, budgets] = await inSequence([
    () => db.measure.findMany({ where: { tenantId, responsibleId: personId }, select: { code: true }, orderBy: { code: 'asc' } }),
    () => db.teamMembership.findMany({ where: { ...where, ...current }, select: { team: { select: { actionField: { select: { code: true } } } } } }),
    () => db.jointBudget.findMany({ where: { tenantId, ownerId: personId }, select: { name: true }, orderBy: { year: 'asc' } }),
  ]);
  return {
    personId,
    pseudonym: { displayName: pseudonymName(shortRef(personId)), email: pseudonymEmail(personId) },
    steps: [
      { key: 'profile', action: 'pseudonymise', count: 1 },
      { key: 'identities', action: 'delete', count: identities.length },
      { key: 'conversations', action: 'delete', count: conversations },
      { key: 'roles', action: 'delete', count: roles },
      { key: 'memberships', action: 'delete', count: memberships },
      { key: 'drafts', action: 'delete', count: drafts },
      { key: 'directMessages', action: 'delete', count: directMessages },
      { key: 'inbound', action: 'delete', count: inbound.length },
      { key: 'progress', action: 'keep', count: progress },
      { key: 'kpiValues', action: 'keep', count: kpiValues },
      { key: 'budgetRecords', action: 'keep', count: requests + decisions },
      { key: 'audit', action: 'keep', count: audit },
    ],
    blockers: { measures: measures.map((m) => m.code), teams: teams.map((m) => m.team.actionField.code), budgets: budgets.map((b) => b.name) },
  };
}

export const hasBlockers = (plan: ErasePlan) => plan.blockers.measures.length + plan.blockers.teams.length + plan.blockers.budgets.length > 0;

/**
 * Erases what no retention duty keeps: chat accounts, conversations, roles, memberships, drafts, direct
 * messages and chat requests are deleted; the person row keeps its id (which records of official acts
 * and the audit trail name) with a pseudonym instead of name and e-mail. Audit rows are not touched,
 * so the audit chain still verifies. Refused while the person still holds responsibilities.
 */
export async function erasePerson(db: Db, tenantId: string, personId: string, now: Date, pseudonymName: (ref: string) => string): Promise<ErasePlan> {
  return db.$transaction(async (tx) => {
    const plan = await planErase(tx, tenantId, personId, now, pseudonymName);
    if (hasBlockers(plan)) throw new ConflictError('person:eraseBlocked', { measures: plan.blockers.measures.join(', ') || '—', teams: plan.blockers.teams.join(', ') || '—', budgets: plan.blockers.budgets.join(', ') || '—' });
    const where = { tenantId, personId };
    const identities = await tx.platformIdentity.findMany({ where, select: { platform: true, externalUserId: true } });
    const inbound = await inboundOf(tx, tenantId, identities);
    await tx.inboundRequest.deleteMany({ where: { id: { in: inbound } } });
    await tx.platformIdentity.deleteMany({ where });
    await tx.conversationReference.deleteMany({ where });
    await tx.personRole.deleteMany({ where });
    await tx.teamMembership.deleteMany({ where });
    await tx.reallocationDraft.deleteMany({ where });
    await tx.outboxMessage.deleteMany({ where });
    await tx.person.update({
      where: { id: personId },
      data: { email: plan.pseudonym.email, displayName: plan.pseudonym.displayName, locale: null, departmentId: null, active: false, remindersPausedAt: null },
    });
    const counts = Object.fromEntries(plan.steps.map((s) => [s.key, s.count]));
    await appendAudit(tx, { tenantId, actorId: null, action: 'person.erased', entity: 'Person', entityId: personId, after: { counts }, requestId: 'cli:person-erase', createdAt: now });
    return plan;
  });
}
