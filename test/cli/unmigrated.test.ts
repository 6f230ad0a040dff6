import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery, databaseUrl } from '../support/postgresAdmin';
import { runOperatorCommand } from '../support/operatorCli';

// Issue 10, item 2: an operator command on a database that was never migrated says what to do, without Prisma's text.
describe('operator commands on a database that was never migrated', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v2030-unmigrated-'));
  const pgName = `v2030_unmigrated_${process.pid}`;
  beforeAll(async () => {
    await adminQuery(`DROP DATABASE IF EXISTS ${pgName}`);
    await adminQuery(`CREATE DATABASE ${pgName}`);
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await adminQuery(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
  });

  it.each([
    ['people', 'sqlite'],
    ['jobs', 'sqlite'],
    ['outbox', 'sqlite'],
    ['people', 'postgresql'],
  ])('v2030 %s on %s says to run v2030 migrate', async (command, provider) => {
    const url = provider === 'sqlite' ? `file:${path.join(dir, 'v2030.db')}` : databaseUrl(pgName);
    const result = await runOperatorCommand([command], { DATABASE_URL: url, V2030_TENANT: 'demo' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('v2030 migrate');
    expect(result.stderr).not.toMatch(/Invalid `|prisma|main\.Tenant|does not exist|at .*\.ts:\d+/i);
  });
});
