import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectSlack } from '../../adapters/slack/connection';
import { ConfigError, loadConfig } from '../../src/config/env';
import { createLogger } from '../../src/logger';
import { createPlatformStores } from '../../src/platform/stores';
import { systemClock } from '../../src/clock';
import { createSecretBox } from '../../src/security/secretBox';
import { freshDatabase, providers, type TestDatabase } from '../support/databases';
import { seedSmallTown } from '../support/fixtures';

const KEY = Buffer.alloc(32, 7).toString('base64');
const OTHER_KEY = Buffer.alloc(32, 9).toString('base64');
const OAUTH = { SLACK_SIGNING_SECRET: 'signing', SLACK_BOT_TOKEN: '', SLACK_CLIENT_ID: '1234.5678', SLACK_CLIENT_SECRET: 'client-secret', SLACK_STATE_SECRET: 'state-secret-for-tests-0123456789', V2030_TENANT: 'klein' };

// Issue 10, item 12: encrypted installations and no (or another) V2030_SECRET_KEY: refuse to start, naming the variable.
describe.each(providers)('stored Slack installations at start (%s)', (provider) => {
  let h: TestDatabase;
  beforeEach(async () => {
    h = await freshDatabase(provider);
    const { tenant } = await seedSmallTown(h.db, new Date('2026-11-20T10:00:00Z'));
    const sealed = createSecretBox(Buffer.from(KEY, 'base64')).seal('xoxb-installed-token');
    await h.db.platformBinding.create({ data: { tenantId: tenant.id, platform: 'slack', externalId: 'T0KLEIN', installation: { team: { id: 'T0KLEIN' }, bot: { token: sealed, userId: 'UBOT', scopes: [] } } } });
  });
  afterEach(async () => h.drop());

  const connect = (env: Record<string, string>) => connectSlack({ bindings: createPlatformStores(h.db, systemClock).bindings, clock: systemClock, config: loadConfig({ ...OAUTH, ...env }), logger: createLogger('silent') });

  it('refuses without the key, naming V2030_SECRET_KEY and the workspace', async () => {
    const refused = connect({});
    await expect(refused).rejects.toBeInstanceOf(ConfigError);
    await expect(refused).rejects.toThrow(/V2030_SECRET_KEY.*T0KLEIN/s);
  });

  it('refuses another key, and starts with the key the tokens were stored with', async () => {
    await expect(connect({ V2030_SECRET_KEY: OTHER_KEY })).rejects.toThrow(/V2030_SECRET_KEY/);
    const connection = await connect({ V2030_SECRET_KEY: KEY });
    connection.close();
  });
});
