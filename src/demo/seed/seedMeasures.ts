import type { MeasureStatus } from '../../domain/measureStatus';
import { measures, type MeasureContent } from '../content/measures';
import { daysFrom, idOf, type SeedContext } from './seedContext';

/** Measures with their progress history; a measure's state is its latest update. */
export async function seedMeasures(ctx: SeedContext): Promise<void> {
  const { tx, tenantId, now } = ctx;
  for (const m of measures) {
    const updates = progressHistory(m);
    const latest = updates.at(-1);
    if (!latest) throw new Error(`Demo content: measure ${m.code} has no progress history`);
    await tx.measure.create({
      data: {
        tenantId,
        code: m.code,
        title: m.title,
        description: m.description,
        operationalGoalId: idOf(ctx.goals, m.goal, 'operational goal'),
        teamId: idOf(ctx.fields, m.field, 'action field').teamId,
        responsibleId: idOf(ctx.people, m.responsible, 'person'),
        status: latest.status,
        progress: latest.percent,
        startDate: daysFrom(now, m.startDays),
        dueDate: daysFrom(now, m.dueDays),
        lastUpdateAt: daysFrom(now, -latest.daysAgo),
        version: updates.length,
        createdAt: daysFrom(now, m.startDays),
        updates: {
          createMany: {
            data: updates.map((u) => ({
              tenantId,
              authorId: idOf(ctx.people, u.author, 'person'),
              percent: u.percent,
              status: u.status,
              previousPercent: u.previousPercent,
              previousStatus: u.previousStatus,
              note: u.note,
              createdAt: daysFrom(now, -u.daysAgo),
            })),
          },
        },
      },
    });
  }
}

interface ProgressUpdate {
  daysAgo: number;
  percent: number;
  status: MeasureStatus;
  author: string;
  note: string;
  previousPercent: number;
  previousStatus: MeasureStatus;
}

/** The history in order, each entry knowing the state it replaced (a new measure: 0 %, on track). */
export function progressHistory(m: MeasureContent): ProgressUpdate[] {
  let previous: { percent: number; status: MeasureStatus } = { percent: 0, status: 'on_track' };
  let lastDaysAgo = Infinity;
  return m.history.map(([daysAgo, percent, status, author, note]) => {
    if (daysAgo >= lastDaysAgo || (status === 'done') !== (percent === 100)) {
      throw new Error(`Demo content: progress history of ${m.code} is out of order or inconsistent`);
    }
    lastDaysAgo = daysAgo;
    const update = { daysAgo, percent, status, author, note, previousPercent: previous.percent, previousStatus: previous.status };
    previous = { percent, status };
    return update;
  });
}
