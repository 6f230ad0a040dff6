import type { UseCaseContext } from '../context';
import { findMeasure } from './findMeasure';

const HISTORY_LENGTH = 5;

/** A measure with its goal, team, responsible person and latest progress entries. */
export async function showMeasure(ctx: UseCaseContext, measureCode: string) {
  const measure = await findMeasure(ctx, measureCode);
  const history = await ctx.db.measureProgress.findMany({
    where: { measureId: measure.id },
    orderBy: { createdAt: 'desc' },
    take: HISTORY_LENGTH,
  });
  const authors = await ctx.db.person.findMany({
    where: { id: { in: [...new Set(history.map((h) => h.authorId))] } },
    select: { id: true, displayName: true },
  });
  const names = new Map(authors.map((a) => [a.id, a.displayName]));
  const canLog = ctx.actor.teamIds.includes(measure.teamId) || measure.responsibleId === ctx.actor.personId;
  return {
    measure,
    history: history.map((h) => ({ ...h, authorName: names.get(h.authorId) ?? '?' })),
    canLog,
  };
}

export type MeasureDetails = Awaited<ReturnType<typeof showMeasure>>;
