import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../support/freePort';
import { personalMessage } from './support/activities';
import { startHarness, type Harness } from './support/harness';

/** A metadata endpoint that counts requests and never answers them. */
async function silentMetadata() {
  const pending: http.ServerResponse[] = [];
  const server = http.createServer((_req, res) => void pending.push(res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/.well-known/openidconfiguration`,
    requests: () => pending.length,
    close: () => new Promise<void>((resolve) => (pending.forEach((res) => res.destroy()), server.close(() => resolve()))),
  };
}

const INTERNAL = /ECONNREFUSED|127\.0\.0\.1|request to|reason|signing keys|at .*\.(js|ts):\d+|\/work\//;

// Issue 10, item 14: Microsoft's OpenID metadata cannot be fetched: 503 without internal text, a bounded fetch, failures remembered.
describe('Teams requests while Microsoft’s signing keys cannot be fetched', () => {
  let h: Harness | undefined;
  let metadata: Awaited<ReturnType<typeof silentMetadata>> | undefined;
  afterEach(async () => {
    await h?.close();
    await metadata?.close();
    h = metadata = undefined;
  });

  const activity = () => personalMessage('fortschritt M-1 90', { serviceUrl: h!.connector.url, user: h!.users.max });

  it('answers 503 without the internal error text when the metadata endpoint refuses connections', async () => {
    h = await startHarness('sqlite', { openIdUrl: `http://127.0.0.1:${await freePort()}/v1/.well-known/openidconfiguration` });
    const forged = await h.auth!.sign(h.connector.url, { key: h.auth!.otherKey });
    const response = await h.post(activity(), { authorization: `Bearer ${forged}` });
    expect(response.status).toBe(503);
    expect(response.body).toEqual({ error: 'authentication temporarily unavailable' });
    expect(JSON.stringify(response.body)).not.toMatch(INTERNAL);
    expect(h.logs.join('')).toContain('the Bot Framework signing keys could not be fetched');
    expect((await h.database.db.measure.findFirstOrThrow({ where: { code: 'M-1' } })).progress).toBe(40);
  });

  it('gives up a fetch that gets no answer, and does not fetch again on the next request', async () => {
    metadata = await silentMetadata();
    h = await startHarness('sqlite', { openIdUrl: metadata.url, signingKeys: { timeoutMs: 300, failureCacheMs: 60_000 } });
    for (let i = 0; i < 3; i++) {
      const response = await h.post(activity());
      expect(response).toEqual({ status: 503, body: { error: 'authentication temporarily unavailable' } });
    }
    expect(metadata.requests()).toBe(1);
  });

  it('answers a forged token with 401 and a body that says nothing more', async () => {
    h = await startHarness('sqlite');
    const forged = await h.auth!.sign(h.connector.url, { key: h.auth!.otherKey });
    expect(await h.post(activity(), { authorization: `Bearer ${forged}` })).toEqual({ status: 401, body: { error: 'unauthorized' } });
    expect(await h.post(activity(), { authorization: 'Bearer not-a-jwt' })).toEqual({ status: 401, body: { error: 'unauthorized' } });
  });

  it('answers a request body it cannot decode without a stack trace or a path', async () => {
    h = await startHarness('sqlite');
    const response = await h.postRaw(JSON.stringify(activity()), { 'content-encoding': 'foo' });
    expect(response.status).toBe(415);
    expect(JSON.stringify(response.body)).not.toMatch(INTERNAL);
    expect(JSON.stringify(response.body)).not.toMatch(/<pre>|Error:|node_modules/);
  });
});
