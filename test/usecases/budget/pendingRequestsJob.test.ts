import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock';
import { createLogger } from '../../../src/logger';
import { decideReallocation } from '../../../src/usecases/budget/decideReallocation';
import { decideAndUpdate, fileAndAnnounce } from '../../../src/usecases/budget/chatReallocation';
import { pendingRequestsJob } from '../../../src/usecases/budget/pendingRequestsJob';
import { proposeReallocation } from '../../../src/usecases/budget/proposeReallocation';
import { resolveTenant } from '../../../src/tenancy/tenant';
import { providers } from '../../support/databases';
import { contextFor, useSmallTown } from '../../support/fixtures';
import { seedBudgetTown } from './budgetTown';

/** Filed on Maundy Thursday 2026, 10:00 in Berlin; the run looks at 08:00 on later days. */
const FILED = new Date('2026-04-02T08:00:00Z');
const at = (day: string) => new Date(`${day}T06:00:00Z`);

describe.each(providers)('reminders and expiry of open requests (%s)', (provider) => {
  const fixture = useSmallTown(provider, FILED);

  const setUp = async () => {
    const { db } = fixture.h;
    const { anna } = await seedBudgetTown(db, fixture.town);
    const tenantId = fixture.town.tenant.id;
    for (const [person, id] of [[fixture.town.lea, 'U-LEA'], [anna, 'U-ANNA'], [fixture.town.max, 'U-MAX']] as const) {
      await db.platformIdentity.create({ data: { tenantId, personId: person.id, platform: 'slack', externalUserId: id } });
    }
    const ctx = await contextFor(db, 'klein', 'max@klein.de', FILED);
    await proposeReallocation(ctx, { amountCents: 50_000n, fromCode: 'KLI-01', toCode: 'KLI-02', reason: 'Beratungstage', effect: '+', effectNote: 'Beratung senkt den Verbrauch' });
    await fileAndAnnounce(ctx);
    return { anna };
  };
  const run = async (now: Date, slotKey = `approvals:${now.toISOString()}`) => {
    const tenant = await resolveTenant(fixture.h.db, { slug: 'klein' }, fixedClock(now));
    await pendingRequestsJob.run({ db: fixture.h.db, tenant, slotTime: now, slotKey, now, logger: createLogger('silent') });
  };
  const outbox = (contains: string) => fixture.h.db.outboxMessage.findMany({ where: { dedupeKey: { contains } }, orderBy: { dedupeKey: 'asc' }, select: { personId: true, operation: true, payload: true } });

  it('reminds the deciders on the third working day after Easter, once per slot, and again two working days later', async () => {
    const { anna } = await setUp();
    await run(at('2026-04-08'));
    expect(await outbox(':reminder:')).toEqual([]);

    await run(at('2026-04-09'));
    await run(at('2026-04-09')); // the same slot again (a second replica): nothing twice
    const reminders = await outbox(':reminder:');
    expect(reminders.map((r) => r.personId).sort()).toEqual([anna.id, fixture.town.lea.id].sort());
    expect(JSON.stringify(reminders[0]!.payload)).toContain('Erinnerung: Antrag Nr. 1 wartet seit 3 Arbeitstagen auf Ihre Entscheidung.');
    expect(JSON.stringify(reminders[0]!.payload)).toContain('reallocation.approve');
    expect((await fixture.h.db.reallocationRequest.findFirstOrThrow()).lastRemindedAt).toEqual(at('2026-04-09'));

    await run(at('2026-04-10'));
    expect(await outbox(':reminder:')).toHaveLength(2);
    await run(at('2026-04-13'));
    expect(await outbox(':reminder:')).toHaveLength(4);

    // Anna approves: every message of the request, reminders included, is replaced in place.
    const outcome = await decideAndUpdate(await contextFor(fixture.h.db, 'klein', 'anna@klein.de', at('2026-04-13')), 1, { type: 'approve' });
    expect(outcome).toMatchObject({ status: 'approved', applied: true });
    const posts = await fixture.h.db.outboxMessage.findMany({ where: { operation: 'post', dedupeKey: { contains: ':p:' } }, select: { id: true } });
    const updates = await fixture.h.db.outboxMessage.findMany({ where: { operation: 'update' }, select: { refersToId: true } });
    expect(posts).toHaveLength(6);
    expect(updates.map((u) => u.refersToId).sort()).toEqual(posts.map((p) => p.id).sort());
    await run(at('2026-04-15'));
    expect(await outbox(':reminder:')).toHaveLength(4);
  });

  it('expires a request nobody decided on the 20th working day, tells the requester and replaces the approval messages', async () => {
    await setUp();
    await run(at('2026-05-04'));
    expect((await fixture.h.db.reallocationRequest.findFirstOrThrow()).status).toBe('pending');
    await run(at('2026-05-05'));
    const request = await fixture.h.db.reallocationRequest.findFirstOrThrow();
    expect(request).toMatchObject({ status: 'expired', decidedAt: at('2026-05-05'), decidedById: null, appliedAt: null });
    expect(await fixture.h.db.auditLog.findFirstOrThrow({ where: { action: 'reallocation.expire' } })).toMatchObject({ actorId: null, entityId: request.id });
    const updates = await fixture.h.db.outboxMessage.findMany({ where: { operation: 'update', dedupeKey: { startsWith: `reallocation:${request.id}:v:expired` } } });
    expect(updates).toHaveLength(await fixture.h.db.outboxMessage.count({ where: { operation: 'post', dedupeKey: { contains: ':p:' } } }));
    for (const u of updates) expect(JSON.stringify(u.payload)).not.toContain('reallocation.approve');
    const notice = await outbox(':r:expired:');
    expect(notice.map((n) => n.personId)).toEqual([fixture.town.max.id]);
    expect(JSON.stringify(notice[0]!.payload)).toContain('Ihr Antrag Nr. 1 ist abgelaufen');

    await expect(decideReallocation(await contextFor(fixture.h.db, 'klein', 'lea@klein.de', at('2026-05-05')), 1, { type: 'approve' })).rejects.toMatchObject({ messageKey: 'budget:already_expired' });
    await run(at('2026-05-06'));
    expect(await fixture.h.db.auditLog.count({ where: { action: 'reallocation.expire' } })).toBe(1);
  });
});
