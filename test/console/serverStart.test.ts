import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../support/freePort';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** `v2030 start` with Teams (unauthenticated, local development) on a migrated SQLite copy of the run's template. */
function startBot(port: number) {
  // Starting is under test here, migrating in test/db and test/console.
  const database = path.join(process.env.V2030_TEST_DIR!, `server-${port}.db`);
  fs.copyFileSync(process.env.V2030_TEST_SQLITE_TEMPLATE!, database);
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'v2030.mjs'), 'start'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, PORT: String(port), TEAMS_ALLOW_UNAUTHENTICATED: 'true', DATABASE_URL: `file:${database}` },
  });
  const output = { log: '' };
  child.stderr.on('data', (chunk) => (output.log += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  // However long migrating and starting take here, only a hang is a failure (the test's timeout).
  const started = new Promise<void>((resolve, reject) => {
    child.stderr.on('data', () => output.log.includes('bot started') && resolve());
    void exited.then((code) => reject(new Error(`v2030 start exited with ${code} before it started:\n${output.log}`)));
  });
  return { child, output, exited, started };
}

describe('v2030 start with a platform configured', () => {
  let blocker: net.Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)));
    blocker = undefined;
  });

  it('serves /healthz and /api/messages on one port, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const { child, output, exited, started } = startBot(port);
    await started;
    // Once: by the listener that serves /api/messages, not again by the inbox thread.
    expect(output.log.split('WITHOUT authentication')).toHaveLength(2);

    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'ok' });
    const bad = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{bad' });
    expect(bad.status).toBe(400);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output.log).toContain('shutting down');
  }, 180_000);

  it('ends with a non-zero status when its port is taken, with nothing left running', async () => {
    blocker = net.createServer();
    await new Promise<void>((resolve) => blocker!.listen(0, '0.0.0.0', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    const { exited, output, started } = startBot(port);
    started.catch(() => undefined);
    // Before: the bot printed EADDRINUSE and kept running (its inbox thread booking and answering) without listening.
    expect(await exited).toBe(1);
    expect(output.log).toContain('EADDRINUSE');
    expect(output.log).not.toContain('bot started');
  }, 180_000);
});
