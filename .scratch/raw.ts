import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, Prisma } from '../src/db/client';
import { resolveDatabaseTarget } from '../src/db/databaseUrl';
import { applyMigrations } from '../src/db/migrate';
import { seedSmallTown } from '../test/support/fixtures';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v2030-prof-'));
const target = process.env.PG ? resolveDatabaseTarget(process.env.PG) : resolveDatabaseTarget(`file:${path.join(dir, 'p.db')}`);
await applyMigrations(target);
const db = createDb(target);
const seed = await seedSmallTown(db, new Date());
const tenantId = seed.tenant.id;
async function time(label: string, f: (i: number) => Promise<unknown>, n = 2000) {
  for (let i = 0; i < 200; i++) await f(i);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await f(i);
  console.log(label.padEnd(30), ((performance.now() - t0) / n * 1000).toFixed(0), 'µs');
}
await time('findUnique measure', () => db.measure.findUnique({ where: { tenantId_code: { tenantId, code: 'M-1' } }, select: { id: true, version: true } }));
await time('findUnique measure varying', (i) => db.measure.findUnique({ where: { tenantId_code: { tenantId, code: `M-${i % 2 + 1}` } }, select: { id: true, version: true } }));
await time('queryRaw measure', () => db.$queryRaw`SELECT "id", "version" FROM "Measure" WHERE "tenantId" = ${tenantId} AND "code" = ${'M-1'}`);
await time('findFirst person+2 rel', () => db.person.findFirst({ where: { tenantId, identities: { some: { tenantId, platform: 'console', externalUserId: 'max@klein.de' } } }, select: { id: true, roles: { select: { role: true } }, memberships: { select: { teamId: true } } } }));
await time('updateMany', (i) => db.measure.updateMany({ where: { id: seed.m2.id }, data: { progress: i % 100 } }));
await time('executeRaw update', (i) => db.$executeRaw`UPDATE "Measure" SET "progress" = ${i % 100} WHERE "id" = ${seed.m2.id}`);
await time('interactive tx 1 update', (i) => db.$transaction(async (tx) => tx.measure.updateMany({ where: { id: seed.m2.id }, data: { progress: i % 100 } })), 500);
await time('batch tx 1 update', (i) => db.$transaction([db.measure.updateMany({ where: { id: seed.m2.id }, data: { progress: i % 100 } })]), 500);
await db.$disconnect();
