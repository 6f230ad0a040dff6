import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PrismaClient as SqliteClient } from '../src/generated/sqlite/client';
import { createDriverAdapter } from '../src/db/driverAdapter';
import { createBot } from '../src/bot/bot';
import { systemClock } from '../src/clock';
import type { Db } from '../src/db/client';
import { resolveDatabaseTarget } from '../src/db/databaseUrl';
import { applyMigrations } from '../src/db/migrate';
import { createLogger } from '../src/logger';
import { seedSmallTown } from '../test/support/fixtures';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v2030-prof-'));
const target = resolveDatabaseTarget(`file:${path.join(dir, 'p.db')}`);
await applyMigrations(target);
const client = new SqliteClient({ adapter: createDriverAdapter(target), log: [{ emit: 'event', level: 'query' }] });
let log = false;
(client as any).$on('query', (e: any) => { if (log) console.log('  Q', e.query.slice(0, 160)); });
const db = client as unknown as Db;
const seed = await seedSmallTown(db, new Date());
await db.platformBinding.create({ data: { tenantId: seed.tenant.id, platform: 'slack', externalId: 'T1' } });
await db.platformIdentity.create({ data: { tenantId: seed.tenant.id, personId: seed.max.id, platform: 'slack', externalUserId: 'U1' } });
const bot = createBot({ db, clock: systemClock, logger: createLogger('silent') });
let n = 0;
for (const text of (process.argv[2] ?? 'hilfe|meine|massnahme M-1|fortschritt M-1 50').split('|')) {
  await bot.handleText({ platform: 'slack', tenant: { platform: 'slack', externalId: 'T1' }, userId: 'U1', requestId: `r${n}`, deliveryKey: `k${n++}`, text });
  log = true;
  console.log('==', text);
  await bot.handleText({ platform: 'slack', tenant: { platform: 'slack', externalId: 'T1' }, userId: 'U1', requestId: `r${n}`, deliveryKey: `k${n++}`, text });
  log = false;
}
await db.$disconnect();
