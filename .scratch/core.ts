import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBot } from '../src/bot/bot';
import { systemClock } from '../src/clock';
import { createDb } from '../src/db/client';
import { resolveDatabaseTarget } from '../src/db/databaseUrl';
import { applyMigrations } from '../src/db/migrate';
import { createLogger } from '../src/logger';
import { seedSmallTown } from '../test/support/fixtures';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v2030-prof-'));
const target = process.env.PG ? resolveDatabaseTarget(process.env.PG) : resolveDatabaseTarget(`file:${path.join(dir, 'p.db')}`);
await applyMigrations(target);
const db = createDb(target);
const seed = await seedSmallTown(db, new Date());
await db.platformBinding.create({ data: { tenantId: seed.tenant.id, platform: 'slack', externalId: 'T1' } });
await db.platformIdentity.create({ data: { tenantId: seed.tenant.id, personId: seed.max.id, platform: 'slack', externalUserId: 'U1' } });
const bot = createBot({ db, clock: systemClock, logger: createLogger('silent') });
let n = 0;
async function time(label: string, text: () => string, count: number) {
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    n++;
    const m = await bot.handleText({ platform: 'slack', tenant: { platform: 'slack', externalId: 'T1' }, userId: 'U1', requestId: `r${n}`, deliveryKey: `k${n}`, text: text() });
    if (i === 0 && process.env.SHOW) console.log(JSON.stringify(m).slice(0, 200));
  }
  console.log(label, ((performance.now() - t0) / count).toFixed(2), 'ms');
}
for (let r = 0; r < 2; r++) {
  await time('hilfe', () => 'hilfe', 300);
  await time('meine', () => 'meine', 300);
  await time('massnahme', () => 'massnahme M-1', 300);
  await time('fortschritt', () => `fortschritt M-1 ${n % 100}`, 300);
}
await db.$disconnect();
