import { afterEach, describe, expect, it } from 'vitest';
import { connectSlack } from '../../adapters/slack/connection';
import { SlackSetupError } from '../../adapters/slack/tokenCheck';
import { systemClock } from '../../src/clock';
import { loadConfig } from '../../src/config/env';
import { createPlatformStores } from '../../src/platform/stores';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';
import { seedSmallTown } from '../support/fixtures';
import { freePort } from '../support/freePort';
import { capturingLogger } from '../support/logs';
import { FakeSlack } from './fakeSlack';

// Issue 10, item 4: Slack unreachable at start is retried and said so; a refused token is said to be refused.
describe.each(providers)('checking SLACK_BOT_TOKEN at start (%s)', (provider) => {
  let h: TestDatabase | undefined;
  let slack: FakeSlack | undefined;
  afterEach(async () => {
    await slack?.stop();
    slack = undefined;
    await h?.drop();
  });

  async function connect(apiUrl: string, options: { pausesMs?: number[]; onRetry?: () => void } = {}) {
    h = await freshDatabase(provider);
    await seedSmallTown(h.db, new Date('2026-11-20T10:00:00Z'));
    const log = capturingLogger('warn', options.onRetry);
    const logger = log.logger;
    const config = loadConfig({ SLACK_SIGNING_SECRET: 'signing', SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: apiUrl, V2030_TENANT: 'klein' });
    const connecting = connectSlack({ bindings: createPlatformStores(h.db, systemClock).bindings, clock: systemClock, config, logger, apiTimeoutMs: 2000, unreachablePausesMs: options.pausesMs });
    return { connecting, lines: log.lines };
  }

  it('says Slack was not reachable, retries, and binds the workspace once Slack answers', async () => {
    const port = await freePort();
    slack = new FakeSlack({ teamId: 'T0KLEIN' });
    const { connecting, lines } = await connect(`http://127.0.0.1:${port}/api/`, { pausesMs: [100, 5000, 5000], onRetry: () => void slack!.start(port) });
    const connection = await connecting;
    expect(connection.single?.teamId).toBe('T0KLEIN');
    expect(lines().find((l) => l.msg === 'Slack not reachable, retrying')).toMatchObject({ attempt: 1, reason: 'ECONNREFUSED', retryInSeconds: 0.1 });
    expect(await h!.db.platformBinding.count({ where: { platform: 'slack', externalId: 'T0KLEIN' } })).toBe(1);
    connection.close();
  });

  it('gives up after the retries, saying Slack was not reachable and the token not checked', async () => {
    const port = await freePort();
    const { connecting, lines } = await connect(`http://127.0.0.1:${port}/api/`, { pausesMs: [1] });
    const failure = await connecting.catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SlackSetupError);
    expect((failure as Error).message).toMatch(/^Slack was not reachable at http:\/\/127\.0\.0\.1:\d+\/api\/ \(ECONNREFUSED, 2 attempts\); SLACK_BOT_TOKEN could not be checked/);
    expect((failure as Error).message).not.toMatch(/refused by Slack|not accepted/);
    expect(lines().filter((l) => l.msg === 'Slack not reachable, retrying')).toHaveLength(1);
  });

  it('says a token Slack answers invalid_auth for is refused, at once and without retrying', async () => {
    slack = new FakeSlack({ teamId: 'T0KLEIN' });
    await slack.start();
    slack.failures['auth.test'] = 'invalid_auth';
    const { connecting, lines } = await connect(slack.apiUrl, { pausesMs: [1, 1, 1] });
    await expect(connecting).rejects.toThrow(/^SLACK_BOT_TOKEN was refused by Slack \(auth\.test: invalid_auth\)\. Copy the Bot User OAuth Token again/);
    expect(slack.callsOf('auth.test')).toHaveLength(1);
    expect(lines()).toEqual([]);
  });
});
