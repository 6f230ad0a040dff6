import { ConflictError, ForbiddenError } from '../../domain/errors';
import type { MeasureStatus } from '../../domain/measureStatus';
import { checkNote, nextMeasureState, type MeasureState } from '../../domain/progressRules';
import { isUniqueViolation } from '../../db/errors';
import { auditRecord } from '../audit';
import type { UseCaseContext } from '../context';
import { claimDelivery, wasDelivered } from '../deliveryGuard';
import { findMeasure } from './findMeasure';

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

/** A core-team member (or the responsible person) logs the progress of a measure. */
export async function logProgress(ctx: UseCaseContext, input: LogProgressInput): Promise<ProgressLogged> {
  const note = checkNote(input.note);
  const measure = await findMeasure(ctx, input.measureCode);
  if (!ctx.actor.teamIds.includes(measure.teamId) && measure.responsibleId !== ctx.actor.personId) {
    throw new ForbiddenError('measures:notYourTeam', { code: measure.code, team: measure.team.name });
  }
  const summary = { code: measure.code, title: measure.title };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const current = await ctx.db.measure.findUniqueOrThrow({ where: { id: measure.id } });
    const before = { percent: current.progress, status: current.status as MeasureStatus };
    const after = nextMeasureState(before, input.percent, input.status);
    try {
      await ctx.db.$transaction(async (tx) => {
        await claimDelivery(tx, ctx);
        const updated = await tx.measure.updateMany({
          where: { id: measure.id, version: current.version },
          data: { progress: after.percent, status: after.status, lastUpdateAt: ctx.now, version: { increment: 1 } },
        });
        if (updated.count === 0) throw new VersionConflict();
        await tx.measureProgress.create({
          data: {
            tenantId: ctx.actor.tenant.id,
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
        await tx.auditLog.create({
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
