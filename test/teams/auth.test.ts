import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTeamsAdapter, TeamsNotConfiguredError } from '../../adapters/teams';
import { teamsSettings } from '../../adapters/teams/settings';
import { createBot } from '../../src/bot/bot';
import { fixedClock } from '../../src/clock';
import { loadConfig } from '../../src/config/env';
import { createLogger } from '../../src/logger';
import { providers } from '../support/databases';
import { personalMessage } from './support/activities';
import { startHarness, type Harness } from './support/harness';

describe.each(providers)('Teams authentication (%s)', (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(provider);
  });
  afterEach(async () => h?.close());

  const activity = () => personalMessage('fortschritt M-1 90', { serviceUrl: h.connector.url, user: h.users.max });
  const unchanged = async () => {
    expect((await h.database.db.measure.findFirstOrThrow({ where: { code: 'M-1' } })).progress).toBe(40);
    expect(h.connector.calls).toHaveLength(0);
  };

  it('rejects a request without a token', async () => {
    expect((await h.post(activity(), {})).status).toBe(401);
    await unchanged();
  });

  it('rejects a token signed with a key the bot does not know', async () => {
    const token = await h.auth!.sign(h.connector.url, { key: h.auth!.otherKey });
    expect((await h.post(activity(), { authorization: `Bearer ${token}` })).status).toBe(401);
    await unchanged();
  });

  it('rejects a token for another bot, an expired one, and one for another service URL', async () => {
    for (const token of [
      await h.auth!.sign(h.connector.url, { audience: 'another-app' }),
      await h.auth!.sign(h.connector.url, { expiresIn: '-10 min' }),
      await h.auth!.sign('https://evil.example/'),
    ]) {
      expect((await h.post(activity(), { authorization: `Bearer ${token}` })).status).toBe(401);
    }
    expect((await h.post(activity(), { authorization: 'Bearer not-a-jwt' })).status).toBe(401);
    await unchanged();
  });

  it('accepts a valid token', async () => {
    expect(h.teams.authenticated).toBe(true);
    expect((await h.post(activity())).status).toBe(200);
    expect((await h.database.db.measure.findFirstOrThrow({ where: { code: 'M-1' } })).progress).toBe(90);
    expect(h.connector.messages()[0]!.authorization).toBe('Bearer outbound-test-token');
  });
});

describe('Teams endpoint start-up', () => {
  it('refuses to start without credentials unless local development asks for it', () => {
    const logger = createLogger('silent');
    const bot = createBot({ db: {} as never, clock: fixedClock('2026-01-01'), logger });
    const config = loadConfig({ V2030_TENANT: 'klein' });
    expect(teamsSettings(config.source)).toBeUndefined();
    expect(() => createTeamsAdapter({ bot, stores: {} as never, config, logger, clock: fixedClock('2026-01-01') })).toThrow(TeamsNotConfiguredError);
  });
});
