import { verifySlackRequest } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { providers } from '../support/databases';
import { SECRET, startHarness, TEAM, U, type Harness } from './harness';
import { slashCommandBody } from './payloads';
import { signedHeaders, slackSignature } from './signing';

// Slack's documented example ("Verifying requests from Slack"), as used in slackapi/bolt-js
// test/unit/receivers/ExpressReceiver.spec.ts.
const VECTOR = {
  secret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: 1531420618,
  body: 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
};

describe('Slack request signing: the official test vector', () => {
  it('our test signer reproduces Slack\'s signature', () => {
    expect(slackSignature(VECTOR.secret, VECTOR.timestamp, VECTOR.body)).toBe(VECTOR.signature);
  });

  it('Bolt accepts the vector at its time and refuses it five minutes later', () => {
    const headers = { 'x-slack-signature': VECTOR.signature, 'x-slack-request-timestamp': VECTOR.timestamp };
    expect(() => verifySlackRequest({ signingSecret: VECTOR.secret, body: VECTOR.body, headers, nowMilliseconds: VECTOR.timestamp * 1000 })).not.toThrow();
    expect(() => verifySlackRequest({ signingSecret: VECTOR.secret, body: VECTOR.body, headers, nowMilliseconds: (VECTOR.timestamp + 301) * 1000 })).toThrow();
  });

  describe('posted to the running receiver', () => {
    let h: Harness;
    beforeEach(async () => {
      h = await startHarness('sqlite', { env: { SLACK_SIGNING_SECRET: VECTOR.secret } });
    });
    afterEach(async () => {
      vi.useRealTimers();
      await h?.close();
    });

    const post = (signature: string) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(VECTOR.timestamp * 1000 + 1000);
      return h.post(VECTOR.body, { unsigned: true, headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': String(VECTOR.timestamp) } });
    };

    it('accepts the documented request (its workspace is unknown here, so it is told so)', async () => {
      const res = await post(VECTOR.signature);
      expect(res.status).toBe(200);
      expect((res.json() as { text: string }).text).toContain('T1DC2JH3J');
    });

    it('refuses it with one hex digit changed', async () => {
      const res = await post(VECTOR.signature.replace(/3$/, '4'));
      expect(res.status).toBe(401);
    });
  });
});

describe.each(providers)('Slack request authenticity and retries (%s)', (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(provider);
  });
  afterEach(async () => {
    await h?.close();
  });

  const snapshot = async () => ({
    progress: await h.dbh.db.measureProgress.count(),
    audit: await h.dbh.db.auditLog.count(),
    events: await h.dbh.db.processedEvent.count(),
    inbox: await h.dbh.db.inboundRequest.count(),
    calls: h.slack.calls.length,
  });

  const progressBody = (trigger?: string) => slashCommandBody({ team: TEAM, user: U.max }, 'fortschritt M-1 55', h.slack.responseUrl('sec'), trigger);

  it('refuses a tampered body with 401 and changes nothing', async () => {
    const before = await snapshot();
    const body = progressBody();
    const headers = signedHeaders(SECRET, body);
    const res = await h.post(body.replace('55', '99'), { unsigned: true, headers });
    expect(res.status).toBe(401);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a signature older than five minutes with 401 and changes nothing', async () => {
    const before = await snapshot();
    const body = progressBody();
    const res = await h.post(body, { unsigned: true, headers: signedHeaders(SECRET, body, Math.floor(Date.now() / 1000) - 301) });
    expect(res.status).toBe(401);
    expect(await snapshot()).toEqual(before);
  });

  // Issue 10, item 16: a request signed ahead of time is refused like an old one.
  it('refuses a signature more than five minutes in the future with 401 and changes nothing, and accepts one within the window', async () => {
    const before = await snapshot();
    const body = progressBody();
    const res = await h.post(body, { unsigned: true, headers: signedHeaders(SECRET, body, Math.floor(Date.now() / 1000) + 301) });
    expect(res.status).toBe(401);
    expect(await snapshot()).toEqual(before);
    const near = await h.post(body, { unsigned: true, headers: signedHeaders(SECRET, body, Math.floor(Date.now() / 1000) + 120) });
    expect(near.status).toBe(200);
  });

  it('refuses an unsigned request and one signed with another secret with 401', async () => {
    const before = await snapshot();
    const body = progressBody();
    expect((await h.post(body, { unsigned: true })).status).toBe(401);
    expect((await h.post(body, { unsigned: true, headers: signedHeaders('another-secret', body) })).status).toBe(401);
    expect(await snapshot()).toEqual(before);
  });

  it('books a delivery that arrives three times (x-slack-retry-num 1, 2) once', async () => {
    const before = await snapshot();
    const body = slashCommandBody({ team: TEAM, user: U.max }, 'fortschritt M-1 55', h.slack.responseUrl('sec-retry'), '998877.665544.retrytrigger');
    const first = await h.post(body);
    const second = await h.post(body, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    const third = await h.post(body, { headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' } });
    expect([first.status, second.status, third.status]).toEqual([200, 200, 200]);
    // Each delivery is acknowledged (never dropped); the retries find the first one's inbox row and store nothing.
    expect([first.text, second.text, third.text]).toEqual(['', '', '']);
    expect(await h.dbh.db.inboundRequest.count()).toBe(before.inbox + 1);
    await h.adapter.inbound.settled();
    expect(await h.dbh.db.measureProgress.count()).toBe(before.progress + 1);
    expect((await h.dbh.db.measure.findFirstOrThrow({ where: { code: 'M-1' } })).progress).toBe(55);
    // Answered once, through the command's response_url.
    const replies = await h.responses('sec-retry');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toContain('55 %');
  });

  it('handles the same retried delivery arriving concurrently once', async () => {
    const before = await h.dbh.db.measureProgress.count();
    const body = progressBody('12121.3434.concurrenttrigger');
    const results = await Promise.all([h.post(body), h.post(body, { headers: { 'x-slack-retry-num': '1' } }), h.post(body, { headers: { 'x-slack-retry-num': '2' } })]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    await h.adapter.inbound.settled();
    expect(await h.dbh.db.measureProgress.count()).toBe(before + 1);
  });
});
