import { describe, expect, it } from 'vitest';
import { slackSettings } from '../../adapters/slack/settings';
import { refusalOf } from '../support/configRefusal';

const refusal = (env: NodeJS.ProcessEnv) => refusalOf(() => slackSettings(env));

describe('Slack’s configuration, read by the Slack adapter', () => {
  it('is absent without credentials, one workspace with a bot token, many with OAuth', () => {
    expect(slackSettings({})).toBeUndefined();
    expect(slackSettings({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'http://127.0.0.1:1/api/' })).toEqual({ signingSecret: 's', botToken: 'xoxb-1', apiUrl: 'http://127.0.0.1:1/api/' });
    expect(slackSettings({ SLACK_CLIENT_ID: 'c', SLACK_CLIENT_SECRET: 'cs', SLACK_STATE_SECRET: 'st', SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: '' })).toEqual({ signingSecret: 's', oauth: { clientId: 'c', clientSecret: 'cs', stateSecret: 'st' } });
  });

  it('names the variable, the expectation and the value; says what is missing', () => {
    const wrong = refusal({ SLACK_BOT_TOKEN: 'xoxp-123', SLACK_SIGNING_SECRET: 's' });
    expect(wrong).toContain('- SLACK_BOT_TOKEN: a bot token starting with "xoxb-". Expected: the Bot User OAuth Token');
    expect(wrong).toContain('Got: "xoxp-123"');
    expect(refusal({ SLACK_BOT_TOKEN: 'xoxb-1' })).toContain('SLACK_SIGNING_SECRET: missing');
    expect(refusal({ SLACK_SIGNING_SECRET: 's' })).toContain('SLACK_BOT_TOKEN: missing');
    expect(refusal({ SLACK_CLIENT_ID: 'c', SLACK_SIGNING_SECRET: 's' })).toContain('SLACK_CLIENT_SECRET, SLACK_STATE_SECRET: missing');
  });
});
