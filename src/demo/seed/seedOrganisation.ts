import { departments } from '../content/departments';
import { people } from '../content/people';
import { emailOf, idOf, type SeedContext } from './seedContext';

/** Departments, people with their roles, and a console identity (their e-mail) for everyone. */
export async function seedOrganisation(ctx: SeedContext): Promise<void> {
  const { tx, tenantId } = ctx;
  const createdDepartments = await tx.department.createManyAndReturn({
    data: departments.map((d) => ({ tenantId, code: d.code, name: d.name })),
    select: { id: true, code: true },
  });
  for (const d of createdDepartments) ctx.departments.set(d.code, d.id);

  const createdPeople = await tx.person.createManyAndReturn({
    data: people.map((p) => ({
      tenantId,
      email: emailOf(p.key),
      displayName: p.displayName,
      departmentId: p.department ? idOf(ctx.departments, p.department, 'department') : null,
    })),
    select: { id: true, email: true },
  });
  const byEmail = new Map(createdPeople.map((p) => [p.email, p.id]));
  for (const p of people) ctx.people.set(p.key, idOf(byEmail, emailOf(p.key), 'person'));

  await tx.personRole.createMany({
    data: people.flatMap((p) => p.roles.map((role) => ({ tenantId, personId: idOf(ctx.people, p.key, 'person'), role }))),
  });
  await tx.platformIdentity.createMany({
    data: people.map((p) => ({
      tenantId,
      personId: idOf(ctx.people, p.key, 'person'),
      platform: 'console',
      externalUserId: emailOf(p.key),
      linkedBy: 'seed',
      createdAt: ctx.now,
    })),
  });
}
