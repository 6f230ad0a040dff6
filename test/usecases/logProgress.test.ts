import { beforeEach, describe, expect, it } from 'vitest';
import { ForbiddenError, InvalidInputError, NotFoundError, UnknownUserError } from '../../src/domain/errors';
import { logProgress } from '../../src/usecases/measures/logProgress';
import { providers, type TestDatabase } from '../support/databases';
import { contextFor, useSmallTown, type SmallTown } from '../support/fixtures';

const now = new Date('2026-11-20T10:00:00Z');

describe.each(providers)('logProgress on %s', (provider) => {
  const fixture = useSmallTown(provider, now);
  let h: TestDatabase;
  let town: SmallTown;
  beforeEach(() => ({ h, town } = fixture));

  it('stores progress, history and an audit record', async () => {
    const ctx = await contextFor(h.db, 'klein', 'max@klein.de', now, 'req-1');
    const result = await logProgress(ctx, { measureCode: 'M-1', percent: 60, status: 'at_risk', note: 'Ausschreibung verzögert sich' });
    expect(result.before).toEqual({ percent: 40, status: 'on_track' });
    expect(result.after).toEqual({ percent: 60, status: 'at_risk' });
    const measure = await h.db.measure.findUniqueOrThrow({ where: { id: town.m1.id } });
    expect(measure).toMatchObject({ progress: 60, status: 'at_risk', version: 1 });
    expect(measure.lastUpdateAt?.toISOString()).toBe(now.toISOString());
    const history = await h.db.measureProgress.findMany({ where: { measureId: town.m1.id } });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ percent: 60, status: 'at_risk', previousPercent: 40, previousStatus: 'on_track', note: 'Ausschreibung verzögert sich', authorId: town.max.id });
    const audit = await h.db.auditLog.findMany({ where: { entityId: town.m1.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'measure.progress_logged', actorId: town.max.id, requestId: 'req-1', tenantId: town.tenant.id });
    expect(audit[0]!.before).toEqual({ percent: 40, status: 'on_track' });
    expect(audit[0]!.after).toEqual({ percent: 60, status: 'at_risk', note: 'Ausschreibung verzögert sich' });
  });

  it('lets the responsible person log although they are not in the team', async () => {
    const ctx = await contextFor(h.db, 'klein', 'olga@klein.de', now);
    await logProgress(ctx, { measureCode: 'M-2', percent: 10 });
    expect((await h.db.measure.findUniqueOrThrow({ where: { id: town.m2.id } })).progress).toBe(10);
  });

  it('refuses people outside the team, including expired temporary members, and changes nothing', async () => {
    for (const email of ['olga@klein.de', 'tim@klein.de']) {
      const ctx = await contextFor(h.db, 'klein', email, now);
      await expect(logProgress(ctx, { measureCode: 'M-1', percent: 90 })).rejects.toMatchObject({
        constructor: ForbiddenError,
        messageKey: 'measures:notYourTeam',
        params: { code: 'M-1', team: 'Kernteam Klima' },
      });
    }
    expect((await h.db.measure.findUniqueOrThrow({ where: { id: town.m1.id } })).progress).toBe(40);
    expect(await h.db.measureProgress.count()).toBe(0);
    expect(await h.db.auditLog.count()).toBe(0);
  });

  it('names the closest measure code when the code is unknown', async () => {
    const ctx = await contextFor(h.db, 'klein', 'max@klein.de', now);
    await expect(logProgress(ctx, { measureCode: 'M-11', percent: 5 })).rejects.toMatchObject({
      constructor: NotFoundError,
      messageKey: 'measures:unknownWithSuggestion',
      params: { code: 'M-11', suggestion: 'M-1' },
    });
    await expect(logProgress(ctx, { measureCode: 'XYZ-999', percent: 5 })).rejects.toMatchObject({ messageKey: 'measures:unknown' });
  });

  it('validates percent, done and note length before changing anything', async () => {
    const ctx = await contextFor(h.db, 'klein', 'max@klein.de', now);
    await expect(logProgress(ctx, { measureCode: 'M-1', percent: 101 })).rejects.toMatchObject({ constructor: InvalidInputError, messageKey: 'measures:percentOutOfRange' });
    await expect(logProgress(ctx, { measureCode: 'M-1', percent: 80, status: 'done' })).rejects.toMatchObject({ messageKey: 'measures:doneNeedsFull' });
    await expect(logProgress(ctx, { measureCode: 'M-1', percent: 80, note: 'x'.repeat(1001) })).rejects.toMatchObject({ messageKey: 'measures:noteTooLong', params: { length: 1001, max: 1000 } });
    expect(await h.db.measureProgress.count()).toBe(0);
  });

  it('stores a note with a NUL byte and invisible characters cleaned, the same on every database', async () => {
    const ctx = await contextFor(h.db, 'klein', 'max@klein.de', now);
    await logProgress(ctx, { measureCode: 'M-1', percent: 50, note: ' Angebot\u0000 liegt\u200B vor\u202E ' });
    const [entry] = await h.db.measureProgress.findMany({ where: { measureId: town.m1.id } });
    expect(entry?.note).toBe('Angebot liegt vor');
  });

  it('marks 100 % as done and reopens a done measure below 100 %', async () => {
    const ctx = await contextFor(h.db, 'klein', 'max@klein.de', now);
    expect((await logProgress(ctx, { measureCode: 'M-1', percent: 100 })).after).toEqual({ percent: 100, status: 'done' });
    expect((await logProgress(ctx, { measureCode: 'M-1', percent: 90 })).after).toEqual({ percent: 90, status: 'on_track' });
  });

  it('books a retried delivery once', async () => {
    const ctx = { ...(await contextFor(h.db, 'klein', 'max@klein.de', now)), deliveryKey: { platform: 'slack', key: 'Ev123' } };
    const first = await logProgress(ctx, { measureCode: 'M-1', percent: 55 });
    const second = await logProgress(ctx, { measureCode: 'M-1', percent: 55 });
    expect(first.duplicate).toBe(false);
    expect(second.duplicate).toBe(true);
    expect(await h.db.measureProgress.count()).toBe(1);
    expect(await h.db.processedEvent.count()).toBe(1);
  });

  it('loses none of many concurrent updates', async () => {
    const ctx = await contextFor(h.db, 'klein', 'max@klein.de', now);
    const percents = [41, 42, 43, 44, 45, 46];
    await Promise.all(percents.map((percent) => logProgress(ctx, { measureCode: 'M-1', percent })));
    const history = await h.db.measureProgress.findMany({ where: { measureId: town.m1.id } });
    expect(history.map((e) => e.percent).sort()).toEqual(percents);
    const measure = await h.db.measure.findUniqueOrThrow({ where: { id: town.m1.id } });
    expect(measure.version).toBe(percents.length);
    // Each entry's "before" is the state the previous one left: the chain is unbroken.
    const previous = new Set(history.map((e) => e.previousPercent));
    expect(previous.has(40)).toBe(true);
    expect(history.filter((e) => !previous.has(e.percent))).toHaveLength(1);
    expect(measure.progress).toBe(history.find((e) => !previous.has(e.percent))!.percent);
  });

  it('tells an unlinked account how to get access', async () => {
    await expect(contextFor(h.db, 'klein', 'unknown@klein.de', now)).rejects.toMatchObject({
      constructor: UnknownUserError,
      messageKey: 'access:unknownUser',
      params: { platform: 'console', userId: 'unknown@klein.de', tenant: 'Kleinstadt' },
    });
  });
});
