import { z } from 'zod';
import { ConfigError, optionalVariable, parseEnvironment, requireTogether } from '../../src/config/env';

const variables = z.object({
  SLACK_SIGNING_SECRET: optionalVariable,
  SLACK_BOT_TOKEN: optionalVariable.refine((v) => v === undefined || v.startsWith('xoxb-'), 'a bot token starting with "xoxb-"'),
  SLACK_CLIENT_ID: optionalVariable,
  SLACK_CLIENT_SECRET: optionalVariable,
  SLACK_STATE_SECRET: optionalVariable,
  SLACK_API_URL: optionalVariable.refine((v) => v === undefined || /^https?:\/\//.test(v), 'an http(s) URL ending in /api/, e.g. https://slack.com/api/'),
});

const HINTS = {
  SLACK_BOT_TOKEN: 'the Bot User OAuth Token from your Slack app page (OAuth & Permissions)',
  SLACK_API_URL: "Slack's Web API base URL; only for GovSlack or tests",
};

/** Slack's part of the configuration (README, "Slack"). */
export interface SlackSettings {
  signingSecret: string;
  /** One workspace: its bot token (SLACK_BOT_TOKEN). */
  botToken?: string;
  /** Installable in many workspaces through OAuth. */
  oauth?: { clientId: string; clientSecret: string; stateSecret: string };
  /** Slack's Web API base URL (GovSlack, or a local fake in tests); Slack's own when unset. */
  apiUrl?: string;
}

/**
 * Reads the SLACK_* variables: undefined when Slack is not configured (no bot token and no OAuth
 * client), a ConfigError naming the variable when they are set but incomplete or wrong.
 */
export function slackSettings(source: NodeJS.ProcessEnv): SlackSettings | undefined {
  const env = parseEnvironment(variables, source, HINTS);
  requireTogether(env, ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'], 'for Slack installation through OAuth');
  const credentials = Boolean(env.SLACK_BOT_TOKEN || env.SLACK_CLIENT_ID);
  if (credentials && !env.SLACK_SIGNING_SECRET) {
    throw new ConfigError('- SLACK_SIGNING_SECRET: missing. Slack credentials are set, so the signing secret (Slack app page, "Basic Information") is needed to verify requests.');
  }
  if (env.SLACK_SIGNING_SECRET && !credentials) {
    throw new ConfigError('- SLACK_BOT_TOKEN: missing. SLACK_SIGNING_SECRET is set; add SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET (installable in many workspaces).');
  }
  if (!credentials) return undefined;
  return {
    signingSecret: env.SLACK_SIGNING_SECRET!,
    ...(env.SLACK_BOT_TOKEN ? { botToken: env.SLACK_BOT_TOKEN } : {}),
    ...(env.SLACK_CLIENT_ID ? { oauth: { clientId: env.SLACK_CLIENT_ID, clientSecret: env.SLACK_CLIENT_SECRET!, stateSecret: env.SLACK_STATE_SECRET! } } : {}),
    ...(env.SLACK_API_URL ? { apiUrl: env.SLACK_API_URL } : {}),
  };
}
