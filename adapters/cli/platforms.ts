import type { Config } from '../../src/config/env';
import { slackSettings, type SlackSettings } from '../slack/settings';
import { teamsSettings, type TeamsSettings } from '../teams/settings';

/** The chat platforms the environment configures, each read by its adapter's own settings. */
export interface ConfiguredPlatforms {
  slack?: SlackSettings;
  teams?: TeamsSettings;
}

/** Throws ConfigError (naming the variable) when a platform's variables are set but incomplete or wrong. */
export function configuredPlatforms(config: Pick<Config, 'source'>): ConfiguredPlatforms {
  const slack = slackSettings(config.source);
  const teams = teamsSettings(config.source);
  return { ...(slack ? { slack } : {}), ...(teams ? { teams } : {}) };
}

export function anyPlatform(config: Pick<Config, 'source'>): boolean {
  const { slack, teams } = configuredPlatforms(config);
  return Boolean(slack || teams);
}
