import { describe, expect, it } from 'vitest';
import { teamsSettings } from '../../adapters/teams/settings';
import { ConfigError } from '../../src/config/env';

describe('Teams’ configuration, read by the Teams adapter', () => {
  it('runs Teams with the three credentials, or without them only when local development asks for it', () => {
    expect(teamsSettings({})).toBeUndefined();
    expect(teamsSettings({ TEAMS_ALLOW_UNAUTHENTICATED: 'true' })).toEqual({ unauthenticated: true });
    expect(teamsSettings({ MICROSOFT_APP_ID: 'a', MICROSOFT_APP_PASSWORD: 'p', MICROSOFT_APP_TENANT_ID: 't' })).toEqual({ unauthenticated: false, appId: 'a', appPassword: 'p', appTenantId: 't' });
  });

  it('says which credentials are missing, and what TEAMS_ALLOW_UNAUTHENTICATED takes', () => {
    expect(() => teamsSettings({ MICROSOFT_APP_ID: 'a' })).toThrow(ConfigError);
    expect(() => teamsSettings({ MICROSOFT_APP_ID: 'a' })).toThrow('MICROSOFT_APP_PASSWORD, MICROSOFT_APP_TENANT_ID: missing');
    expect(() => teamsSettings({ TEAMS_ALLOW_UNAUTHENTICATED: 'yes' })).toThrow(/TEAMS_ALLOW_UNAUTHENTICATED: .*Expected: true only for local development/);
  });
});
