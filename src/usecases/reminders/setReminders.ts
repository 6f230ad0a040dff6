import { auditRecord } from '../audit';
import type { UseCaseContext } from '../context';
import { appendAudit } from '../../audit/appendAudit';

export interface ReminderState {
  /** Since when they are paused; undefined: on. */
  pausedAt?: Date;
  /** Whether this command changed it. */
  changed: boolean;
}

/** `erinnerung aus|an`: pauses or resumes the person's weekly reminders (audited); without `on`, how they stand. */
export async function setReminders(ctx: UseCaseContext, on?: boolean): Promise<ReminderState> {
  const person = await ctx.db.person.findUniqueOrThrow({ where: { id: ctx.actor.personId }, select: { remindersPausedAt: true } });
  const before = person.remindersPausedAt ?? undefined;
  if (on === undefined || on === (before === undefined)) return { ...(before && { pausedAt: before }), changed: false };
  const pausedAt = on ? null : ctx.now;
  await ctx.db.$transaction(async (tx) => {
    await tx.person.update({ where: { id: ctx.actor.personId }, data: { remindersPausedAt: pausedAt } });
    const audit = auditRecord(ctx, on ? 'reminders.resumed' : 'reminders.paused', 'Person', ctx.actor.personId, { remindersPausedAt: before?.toISOString() ?? null }, { remindersPausedAt: pausedAt?.toISOString() ?? null });
    await appendAudit(tx, audit);
  });
  return { ...(pausedAt && { pausedAt }), changed: true };
}
