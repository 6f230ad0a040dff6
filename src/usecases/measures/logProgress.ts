import { ConflictError, ForbiddenError } from '../../domain/errors';
import type { MeasureStatus } from '../../domain/measureStatus';
import { checkNote, nextMeasureState, type MeasureState } from '../../domain/progressRules';
import { isUniqueViolation } from '../../db/errors';
import { auditRecord } from '../audit';
import type { UseCaseContext } from '../context';
import { claimDelivery, wasDelivered } from '../deliveryGuard';
import { unknownMeasure } from './findMeasure';
import { lockMeasure, QUEUED_BOOKING } from '../rowLocks';
import { appendAudit } from '../../audit/appendAudit';

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
  /** Percent, status and note were already so (a repeated line); nothing was booked. */
  unchanged: boolean;
}

class VersionConflict extends Error {}
class MeasureMissing extends Error {}
class Unchanged extends Error {}
const MAX_ATTEMPTS = 8;

/**
 * A core-team member (or the responsible person) logs the progress of a measure. Everything happens
 * in one transaction: read the measure (permission data and the state the change starts from),
 * claim the delivery key, update the measure only if its version is still the one read (optimistic
 * lock: on PostgreSQL a concurrent writer can commit in between; SQLite serializes writers, so
 * there it never fails), write the history entry and the audit record. A lost race tries again.
 */
export async function logProgress(ctx: UseCaseContext, input: LogProgressInput): Promise<ProgressLogged> {
  const note = checkNote(input.note);
  const tenantId = ctx.actor.tenant.id;
  let summary = { code: input.measureCode, title: '' };
  let before: MeasureState | undefined;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    try {
      const after = await ctx.db.$transaction(async (tx) => {
        await lockMeasure(ctx.db, tx, tenantId, input.measureCode);
        const measure = await tx.measure.findUnique({
          where: { tenantId_code: { tenantId, code: input.measureCode } },
          select: { id: true, code: true, title: true, teamId: true, responsibleId: true, progress: true, status: true, version: true },
        });
        if (!measure) throw new MeasureMissing();
        summary = { code: measure.code, title: measure.title };
        if (!ctx.actor.teamIds.includes(measure.teamId) && measure.responsibleId !== ctx.actor.personId) {
          const team = await tx.coreTeam.findUniqueOrThrow({ where: { id: measure.teamId }, select: { name: true } });
          throw new ForbiddenError('measures:notYourTeam', { code: measure.code, team: team.name });
        }
        before = { percent: measure.progress, status: measure.status as MeasureStatus };
        const next = nextMeasureState(before, input.percent, input.status);
        await claimDelivery(tx, ctx);
        if (next.percent === before.percent && next.status === before.status) {
          const last = await tx.measureProgress.findFirst({ where: { measureId: measure.id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { note: true } });
          if (note === undefined || note === last?.note) throw new Unchanged();
        }
        const updated = await tx.measure.updateMany({
          where: { id: measure.id, version: measure.version },
          data: { progress: next.percent, status: next.status, lastUpdateAt: ctx.now, version: { increment: 1 } },
        });
        if (updated.count === 0) throw new VersionConflict();
        await tx.measureProgress.createMany({
          data: {
            tenantId,
            measureId: measure.id,
            authorId: ctx.actor.personId,
            percent: next.percent,
            status: next.status,
            previousPercent: before.percent,
            previousStatus: before.status,
            note,
            createdAt: ctx.now,
          },
        });
        await appendAudit(tx, auditRecord(ctx, 'measure.progress_logged', 'Measure', measure.id, { ...before }, { ...next, note: note ?? null }));
        return next;
      }, QUEUED_BOOKING);
      return { measure: summary, before: before!, after, note, duplicate: false, unchanged: false };
    } catch (error) {
      if (error instanceof VersionConflict) continue;
      if (error instanceof Unchanged) return { measure: summary, before: before!, after: before!, note, duplicate: false, unchanged: true };
      if (error instanceof MeasureMissing) throw await unknownMeasure(ctx, input.measureCode);
      if (isUniqueViolation(error) && before && (await wasDelivered(ctx))) return { measure: summary, before, after: before, note, duplicate: true, unchanged: false };
      throw error;
    }
  }
  throw new ConflictError('measures:busy', { code: summary.code });
}
