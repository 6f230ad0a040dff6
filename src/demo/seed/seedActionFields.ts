import { actionFields } from '../content/actionFields';
import { people } from '../content/people';
import { daysFrom, idOf, type SeedContext } from './seedContext';

/** Permanent members have belonged to their team since before the first KPI values of the demo. */
const PERMANENT_SINCE_DAYS = -4 * 365;

/** Action fields, their core teams, and the teams' members (some temporary, one expired). */
export async function seedActionFields(ctx: SeedContext): Promise<void> {
  const { tx, tenantId, now } = ctx;
  const departmentOf = new Map(people.map((p) => [p.key, p.department]));
  for (const field of actionFields) {
    const lead = field.members.find((m) => m.role === 'lead');
    if (!lead) throw new Error(`Demo content: action field ${field.code} has no team lead`);
    const created = await tx.actionField.create({
      data: {
        tenantId,
        code: field.code,
        name: field.name,
        nameEn: field.nameEn,
        description: field.description,
        team: { create: { tenantId, name: field.teamName } },
      },
      select: { id: true, team: { select: { id: true } } },
    });
    const teamId = created.team!.id;
    await tx.teamMembership.createMany({
      data: field.members.map((m) => {
        const department = departmentOf.get(m.person);
        return {
          tenantId,
          teamId,
          personId: idOf(ctx.people, m.person, 'person'),
          role: m.role,
          departmentId: department ? idOf(ctx.departments, department, 'department') : null,
          temporary: m.temporary !== undefined,
          validFrom: daysFrom(now, m.temporary?.fromDays ?? PERMANENT_SINCE_DAYS),
          validUntil: m.temporary ? daysFrom(now, m.temporary.untilDays) : null,
        };
      }),
    });
    ctx.fields.set(field.code, { id: created.id, name: field.name, teamId, leadId: idOf(ctx.people, lead.person, 'person') });
  }
}
