import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('v2030 start with a platform configured', () => {
  it('serves /healthz and /api/messages on one port, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    // A migrated database (copied from the run's template): starting is under test here, migrating in test/db and test/console.
    const database = path.join(process.env.V2030_TEST_DIR!, `server-${port}.db`);
    fs.copyFileSync(process.env.V2030_TEST_SQLITE_TEMPLATE!, database);
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'v2030.mjs'), 'start'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, PORT: String(port), TEAMS_ALLOW_UNAUTHENTICATED: 'true', DATABASE_URL: `file:${database}` },
    });
    let log = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    // Started is what the bot says; however long migrating and starting take here, only a hang is a failure (the test's timeout).
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk) => {
        log += chunk;
        if (log.includes('bot started')) resolve();
      });
      void exited.then((code) => reject(new Error(`v2030 start exited with ${code} before it started:\n${log}`)));
    });
    // Once: by the listener that serves /api/messages, not again by the inbox thread.
    expect(log.split('WITHOUT authentication')).toHaveLength(2);

    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', database: 'ok' });
    const bad = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{bad' });
    expect(bad.status).toBe(400);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(log).toContain('shutting down');
  }, 180_000);
});
