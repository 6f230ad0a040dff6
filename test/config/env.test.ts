import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env';
import { refusalOf } from '../support/configRefusal';

const fail = (env: NodeJS.ProcessEnv) => refusalOf(() => loadConfig(env));

describe('configuration from the environment', () => {
  it('defaults to the embedded SQLite file, the demo tenant and the console', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ provider: 'sqlite', url: `file:${path.resolve('data/v2030.db')}`, file: path.resolve('data/v2030.db') });
    expect(config).toMatchObject({ tenantSlug: 'demo', seedDemo: true, port: 3000 });
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
    expect(fail({ V2030_TENANT: 'Bad Slug' })).toContain('V2030_TENANT');
  });

  it('leaves the platforms’ variables to their adapters (a wrong Slack token does not stop an operator command)', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxp-123', MICROSOFT_APP_ID: 'a' }).tenantSlug).toBe('demo');
  });
});
