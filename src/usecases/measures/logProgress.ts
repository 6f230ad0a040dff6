import { ConflictError, ForbiddenError } from '../../domain/errors';
import type { MeasureStatus } from '../../domain/measureStatus';
import { checkNote, nextMeasureState, type MeasureState } from '../../domain/progressRules';
import { isUniqueViolation } from '../../db/errors';
import { auditRecord } from '../audit';
import type { UseCaseContext } from '../context';
import { claimDelivery, wasDelivered } from '../deliveryGuard';
import { unknownMeasure } from './findMeasure';

export interface LogProgressInput {
  measureCode: string;
  percent: number;
  status?: MeasureStatus;
  note?: string;
}

export interface ProgressLogged {
  measure: { code: string; title: string };
  before: MeasureState;
  after: MeasureState;
  note?: string;
  /** The same delivery had already been processed; nothing was changed this time. */
  duplicate: boolean;
}

class VersionConflict extends Error {}
const MAX_ATTEMPTS = 8;

/** What the update needs of a measure: who may change it, and the state the optimistic check compares. */
const stateColumns = { progress: true, status: true, version: true } as const;

/**
 * A core-team member (or the responsible person) logs the progress of a measure. One read gives the
 * permission data and the state the change starts from; the transaction then claims the delivery
 * key, updates the measure only if its version is still the one read (optimistic lock), and writes
 * the history entry and the audit record. A lost race re-reads the state and tries again.
 */
export async function logProgress(ctx: UseCaseContext, input: LogProgressInput): Promise<ProgressLogged> {
  const note = checkNote(input.note);
  const tenantId = ctx.actor.tenant.id;
  const measure = await ctx.db.measure.findUnique({
    where: { tenantId_code: { tenantId, code: input.measureCode } },
    select: { id: true, code: true, title: true, teamId: true, responsibleId: true, ...stateColumns },
  });
  if (!measure) throw await unknownMeasure(ctx, input.measureCode);
  if (!ctx.actor.teamIds.includes(measure.teamId) && measure.responsibleId !== ctx.actor.personId) {
    const team = await ctx.db.coreTeam.findUniqueOrThrow({ where: { id: measure.teamId }, select: { name: true } });
    throw new ForbiddenError('measures:notYourTeam', { code: measure.code, team: team.name });
  }
  const summary = { code: measure.code, title: measure.title };
  let current: { progress: number; status: string; version: number } = measure;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (attempt > 0) current = await ctx.db.measure.findUniqueOrThrow({ where: { id: measure.id }, select: stateColumns });
    const before = { percent: current.progress, status: current.status as MeasureStatus };
    const after = nextMeasureState(before, input.percent, input.status);
    const version = current.version;
    try {
      await ctx.db.$transaction(async (tx) => {
        await claimDelivery(tx, ctx);
        const updated = await tx.measure.updateMany({
          where: { id: measure.id, version },
          data: { progress: after.percent, status: after.status, lastUpdateAt: ctx.now, version: { increment: 1 } },
        });
        if (updated.count === 0) throw new VersionConflict();
        await tx.measureProgress.createMany({
          data: {
            tenantId,
            measureId: measure.id,
            authorId: ctx.actor.personId,
            percent: after.percent,
            status: after.status,
            previousPercent: before.percent,
            previousStatus: before.status,
            note,
            createdAt: ctx.now,
          },
        });
        await tx.auditLog.createMany({
          data: auditRecord(ctx, 'measure.progress_logged', 'Measure', measure.id, { ...before }, { ...after, note: note ?? null }),
        });
      });
      return { measure: summary, before, after, note, duplicate: false };
    } catch (error) {
      if (error instanceof VersionConflict) continue;
      if (isUniqueViolation(error) && (await wasDelivered(ctx))) return { measure: summary, before, after: before, note, duplicate: true };
      throw error;
    }
  }
  throw new ConflictError('measures:busy', { code: measure.code });
}
