import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/env';

const fail = (env: NodeJS.ProcessEnv) => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
};

describe('configuration from the environment', () => {
  it('defaults to the embedded SQLite file, the demo tenant and the console', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ provider: 'sqlite', url: `file:${path.resolve('data/v2030.db')}`, file: path.resolve('data/v2030.db') });
    expect(config).toMatchObject({ tenantSlug: 'demo', seedDemo: true, port: 3000, slackConfigured: false, teamsConfigured: false });
  });

  it('selects PostgreSQL from DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://root@127.0.0.1:5432/v2030' }).database.provider).toBe('postgresql');
  });

  it('names the variable, the expectation and the value', () => {
    const message = fail({ PORT: 'achtzig', LOG_LEVEL: 'loud' });
    expect(message).toContain('- PORT:');
    expect(message).toContain('Expected: a TCP port such as 3000');
    expect(message).toContain('Got: "achtzig"');
    expect(message).toContain('- LOG_LEVEL:');
    expect(fail({ DATABASE_URL: 'mysql://x' })).toContain('DATABASE_URL "mysql://x" is neither');
    expect(fail({ SLACK_BOT_TOKEN: 'xoxp-123', SLACK_SIGNING_SECRET: 's' })).toContain('a bot token starting with "xoxb-"');
    expect(fail({ V2030_TENANT: 'Bad Slug' })).toContain('V2030_TENANT');
  });

  it('refuses incomplete platform credentials and says what is missing', () => {
    expect(fail({ SLACK_BOT_TOKEN: 'xoxb-1' })).toContain('SLACK_SIGNING_SECRET: missing');
    expect(fail({ SLACK_SIGNING_SECRET: 's' })).toContain('SLACK_BOT_TOKEN: missing');
    expect(fail({ SLACK_CLIENT_ID: 'c', SLACK_SIGNING_SECRET: 's' })).toContain('SLACK_CLIENT_SECRET, SLACK_STATE_SECRET: missing');
    expect(fail({ MICROSOFT_APP_ID: 'a' })).toContain('MICROSOFT_APP_PASSWORD, MICROSOFT_APP_TENANT_ID: missing');
  });

  it('runs Teams without credentials only when local development asks for it', () => {
    expect(loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: 'true' })).toMatchObject({ teamsConfigured: true, teamsUnauthenticated: true });
    const full = loadConfig({ MICROSOFT_APP_ID: 'a', MICROSOFT_APP_PASSWORD: 'p', MICROSOFT_APP_TENANT_ID: 't' });
    expect(full).toMatchObject({ teamsConfigured: true, teamsUnauthenticated: false });
  });
});
