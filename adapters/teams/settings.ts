import { z } from 'zod';
import { optionalVariable, parseEnvironment, requireTogether } from '../../src/config/env';

const variables = z.object({
  MICROSOFT_APP_ID: optionalVariable,
  MICROSOFT_APP_PASSWORD: optionalVariable,
  MICROSOFT_APP_TENANT_ID: optionalVariable,
  TEAMS_ALLOW_UNAUTHENTICATED: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  V2030_PUBLIC_URL: optionalVariable.refine((v) => v === undefined || /^https?:\/\/[^/\s]+/.test(v), 'an http(s) address'),
});

const HINTS = {
  TEAMS_ALLOW_UNAUTHENTICATED: 'true only for local development without Microsoft credentials',
  V2030_PUBLIC_URL: "the bot's public address, e.g. https://bot.example.de (Teams cards load larger charts from <address>/images/<id>)",
};

/**
 * Teams' part of the configuration (README, "Microsoft Teams"): the Azure bot's single-tenant
 * credentials, or — for local development only — none, asked for with TEAMS_ALLOW_UNAUTHENTICATED.
 */
export type TeamsSettings = ({ unauthenticated: false; appId: string; appPassword: string; appTenantId: string } | { unauthenticated: true }) & {
  /** Where Teams loads images too large for the card itself (`<publicUrl>/images/<id>`); without it they show as their alt text. */
  publicUrl?: string;
};

/** Reads the MICROSOFT_* and TEAMS_* variables: undefined when Teams is not configured; ConfigError when incomplete or wrong. */
export function teamsSettings(source: NodeJS.ProcessEnv): TeamsSettings | undefined {
  const env = parseEnvironment(variables, source, HINTS);
  requireTogether(env, ['MICROSOFT_APP_ID', 'MICROSOFT_APP_PASSWORD', 'MICROSOFT_APP_TENANT_ID'], 'for Microsoft Teams');
  const publicUrl = env.V2030_PUBLIC_URL ? { publicUrl: env.V2030_PUBLIC_URL } : {};
  if (env.MICROSOFT_APP_ID) return { unauthenticated: false, appId: env.MICROSOFT_APP_ID, appPassword: env.MICROSOFT_APP_PASSWORD!, appTenantId: env.MICROSOFT_APP_TENANT_ID!, ...publicUrl };
  return env.TEAMS_ALLOW_UNAUTHENTICATED ? { unauthenticated: true, ...publicUrl } : undefined;
}
