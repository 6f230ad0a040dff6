import { classifyReallocation, type Classification } from '../../domain/budget/classifyReallocation';
import type { LineSnapshot } from '../../domain/budget/lines';
import { OPEN_STATUSES } from '../../domain/budget/requestLifecycle';
import { checkSustainability, type SustainabilityCheck } from '../../domain/budget/sustainabilityCheck';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../domain/errors';
import type { Db, Prisma, Tx } from '../../db/client';
import { localizedName } from '../../format/localizedName';
import { closestCode } from '../closestCode';
import type { UseCaseContext } from '../context';
import { assertBudgetYearOpen } from '../periods/periodLocks';
import { loadBudgetPolicy } from './budgetYear';
import { decidersOf, type DeciderContact } from './deciders';
import { findJointBudget, type JointBudgetRef } from './findJointBudget';
import { lineColumns, snapshotOf, type LineRow } from './lineSnapshot';

export const MAX_REASON_LENGTH = 1000;

export interface ReallocationInput {
  amountCents: bigint;
  fromCode: string;
  /** A budget line of the year, or a budget product: a new line without plan (außerplanmäßig). */
  toCode: string;
  reason: string;
  justification?: string | undefined;
  /** Nachhaltigkeitscheck as written (`+`, `0`, `−`, or a word) and its sentence; required. */
  effect?: string | undefined;
  effectNote?: string | undefined;
  /** The budget year a draft was made for; the current fiscal year when absent. */
  year?: number | undefined;
}

export interface ReallocationProposalView {
  input: ReallocationInput;
  from: { code: string; name: string };
  to: { code: string; name: string; isNew: boolean };
  classification: Classification;
  /** The blocked line's code, when that is why it was refused. */
  blockedLine: string;
  deciders: DeciderContact[];
  /** Absent when the request was refused before the check was read. */
  sustainability?: SustainabilityCheck;
}

/** What a draft holds until the person confirms it. */
interface DraftPayload {
  amountCents: string;
  fromCode: string;
  toCode: string;
  reason: string;
  justification: string | null;
  effect?: string | null;
  effectNote?: string | null;
  /** Absent in drafts stored before it was kept. */
  year?: number;
}

export interface Resolved {
  budget: JointBudgetRef;
  from: LineRow;
  /** The target line, or the product a new line would be opened for. */
  to: { line: LineRow } | { product: { id: string; code: string; name: string } };
  target: LineSnapshot;
  classification: Classification;
}

const NEW_LINE_ID = 'new-line';

function checkText(input: ReallocationInput): void {
  if (!input.reason.trim()) throw new InvalidInputError('budget:reasonMissing');
  for (const text of [input.reason, input.justification ?? '', input.effectNote ?? '']) {
    if (text.length > MAX_REASON_LENGTH) throw new InvalidInputError('budget:reasonTooLong', { length: text.length, max: MAX_REASON_LENGTH });
  }
}

/** Über- and außerplanmäßige amounts to a line this year, open or approved (materiality is cumulative). */
export async function priorOverspend(db: Db | Tx, lineId: string, year: number): Promise<bigint> {
  const sum = await db.reallocationRequest.aggregate({
    where: { toLineId: lineId, year, classification: { in: ['overplanned', 'unplanned'] }, status: { in: [...OPEN_STATUSES, 'approved'] } },
    _sum: { amountCents: true },
  });
  return sum._sum.amountCents ?? 0n;
}

/**
 * Reads the lines named, checks the person may move funds of the source, and classifies by the year's rules.
 * A budget year whose end lies in a locked period is refused (naming the lock) before anything else.
 */
export async function resolveReallocation(ctx: UseCaseContext, db: Db | Tx, input: ReallocationInput): Promise<Resolved> {
  const tenantId = ctx.actor.tenant.id;
  const own = await findJointBudget(ctx, undefined, input.year);
  const year = own.year;
  await assertBudgetYearOpen(ctx, db, year);
  const byCode = (code: string) => db.budgetLine.findFirst({ where: { tenantId, year, code: { in: [code.trim(), code.trim().toUpperCase()] } }, select: lineColumns });
  const from = await byCode(input.fromCode);
  if (!from) throw await unknownLine(db, tenantId, year, input.fromCode);
  if (from.jointBudgetId !== own.id || !own.teamId || !ctx.actor.teamIds.includes(own.teamId)) {
    throw new ForbiddenError('budget:notYourLine', { code: from.code, field: localizedName(own.field, ctx.actor.locale) });
  }
  const toLine = await byCode(input.toCode);
  let to: Resolved['to'];
  let target: LineSnapshot;
  if (toLine) {
    to = { line: toLine };
    target = snapshotOf(toLine);
  } else {
    const product = await db.budgetProduct.findFirst({ where: { tenantId, code: input.toCode.trim() }, select: { id: true, code: true, name: true } });
    if (!product) throw await unknownLine(db, tenantId, year, input.toCode);
    to = { product };
    target = { ...snapshotOf(from), id: NEW_LINE_ID, plannedCents: 0n, reallocatedInCents: 0n, reallocatedOutCents: 0n, committedCents: 0n, spentCents: 0n, blocked: false, earmark: null, kind: 'expense', jointBudgetId: '' };
  }
  const policy = await loadBudgetPolicy(db, tenantId, year);
  const prior = toLine ? await priorOverspend(db, toLine.id, year) : 0n;
  const classification = classifyReallocation(
    { amountCents: input.amountCents, from: snapshotOf(from), to: target, justification: input.justification, priorOverspendCents: prior },
    await db.coverabilityRule.findMany({ where: { OR: [{ fromLineId: from.id }, { toLineId: from.id }] }, select: { fromLineId: true, toLineId: true, mutual: true } }),
    policy,
  );
  return { budget: own, from, to, target, classification };
}

async function unknownLine(db: Db | Tx, tenantId: string, year: number, code: string): Promise<NotFoundError> {
  const codes = (await db.budgetLine.findMany({ where: { tenantId, year }, select: { code: true } })).map((l) => l.code);
  return new NotFoundError('budget:unknownLine', { code, year, closest: closestCode(code, codes) ?? '—' });
}

/**
 * `umschichtung …`: classifies the request and keeps it as the person's draft; nothing is filed
 * until they confirm. A refused request is answered with the rule and keeps no draft.
 */
export async function proposeReallocation(ctx: UseCaseContext, input: ReallocationInput): Promise<ReallocationProposalView> {
  checkText(input);
  const resolved = await resolveReallocation(ctx, ctx.db, input);
  const { classification, from, to, budget } = resolved;
  const tenantId = ctx.actor.tenant.id;
  const draft = { tenantId_personId: { tenantId, personId: ctx.actor.personId } };
  let sustainability: SustainabilityCheck | undefined;
  if (classification.kind === 'refused') {
    await ctx.db.reallocationDraft.deleteMany({ where: { tenantId, personId: ctx.actor.personId } });
  } else {
    sustainability = checkSustainability(input.effect, input.effectNote);
    const payload: DraftPayload = {
      amountCents: String(input.amountCents),
      fromCode: from.code,
      toCode: 'line' in to ? to.line.code : to.product.code,
      reason: input.reason.trim(),
      justification: input.justification?.trim() || null,
      effect: sustainability.effect,
      effectNote: sustainability.note,
      year: budget.year,
    };
    const data = { payload: payload as unknown as Prisma.InputJsonValue, createdAt: ctx.now };
    await ctx.db.reallocationDraft.upsert({ where: draft, create: { tenantId, personId: ctx.actor.personId, ...data }, update: data });
  }
  const deciders = classification.kind === 'refused' ? [] : await decidersOf(ctx.db, tenantId, budget, classification.tier.roles, ctx.now);
  return {
    input,
    from: { code: from.code, name: from.name },
    to: 'line' in to ? { code: to.line.code, name: to.line.name, isNew: false } : { code: to.product.code, name: to.product.name, isNew: true },
    classification,
    blockedLine: classification.kind === 'refused' && classification.lineId ? (classification.lineId === from.id ? from.code : input.toCode) : '',
    deciders: deciders.filter((d) => d.personId !== ctx.actor.personId),
    ...(sustainability ? { sustainability } : {}),
  };
}

/** The person's unconfirmed draft as input again, or undefined. */
export async function draftOf(db: Db | Tx, tenantId: string, personId: string): Promise<ReallocationInput | undefined> {
  const row = await db.reallocationDraft.findUnique({ where: { tenantId_personId: { tenantId, personId } } });
  if (!row) return undefined;
  const p = row.payload as unknown as DraftPayload;
  return { amountCents: BigInt(p.amountCents), fromCode: p.fromCode, toCode: p.toCode, reason: p.reason, justification: p.justification ?? undefined, effect: p.effect ?? undefined, effectNote: p.effectNote ?? undefined, year: p.year };
}
