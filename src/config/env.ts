import { z } from 'zod';
import { resolveDatabaseTarget, type DatabaseTarget } from '../db/databaseUrl';

const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const schema = z.object({
  DATABASE_URL: optional,
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  V2030_TENANT: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and hyphens, e.g. "demo" or "wesel"')
    .default('demo'),
  V2030_SEED_DEMO: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  SLACK_SIGNING_SECRET: optional,
  SLACK_BOT_TOKEN: optional.refine((v) => v === undefined || v.startsWith('xoxb-'), 'a bot token starting with "xoxb-"'),
  SLACK_CLIENT_ID: optional,
  SLACK_CLIENT_SECRET: optional,
  SLACK_STATE_SECRET: optional,
  SLACK_API_URL: optional.refine((v) => v === undefined || /^https?:\/\//.test(v), 'an http(s) URL ending in /api/, e.g. https://slack.com/api/'),
  MICROSOFT_APP_ID: optional,
  MICROSOFT_APP_PASSWORD: optional,
  MICROSOFT_APP_TENANT_ID: optional,
  TEAMS_ALLOW_UNAUTHENTICATED: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  V2030_SECRET_KEY: optional.refine((v) => v === undefined || Buffer.from(v, 'base64').length === 32, '32 random bytes in base64'),
});

export type Env = z.infer<typeof schema>;

export interface Config {
  env: Env;
  database: DatabaseTarget;
  tenantSlug: string;
  seedDemo: boolean;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  slackConfigured: boolean;
  /** Teams runs with credentials, or without them only when local development asks for it explicitly. */
  teamsConfigured: boolean;
  teamsUnauthenticated: boolean;
  /** The key secrets are encrypted with in the database (V2030_SECRET_KEY), if set. */
  secretKey?: Buffer;
}

/** Raised when the environment is wrong; the message says which variable, what was expected and how to fix it. */
export class ConfigError extends Error {}

const HINTS: Partial<Record<keyof Env, string>> = {
  DATABASE_URL: 'postgresql://user@host:5432/db, or file:./data/v2030.db (leave unset for the embedded SQLite default)',
  PORT: 'a TCP port such as 3000',
  LOG_LEVEL: 'one of fatal, error, warn, info, debug, trace, silent',
  V2030_TENANT: 'the slug of the municipality this installation serves, e.g. demo',
  V2030_SEED_DEMO: 'true or false',
  SLACK_BOT_TOKEN: 'the Bot User OAuth Token from your Slack app page (OAuth & Permissions)',
  SLACK_API_URL: "Slack's Web API base URL; only for GovSlack or tests",
  TEAMS_ALLOW_UNAUTHENTICATED: 'true only for local development without Microsoft credentials',
  V2030_SECRET_KEY: 'a key that encrypts stored Slack tokens; create one with: openssl rand -base64 32',
};

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]) as keyof Env;
      const hint = HINTS[name] ? ` Expected: ${HINTS[name]}.` : '';
      return `- ${name}: ${issue.message}.${hint} Got: ${JSON.stringify(source[name])}`;
    });
    throw new ConfigError(`The configuration in the environment is not valid:\n${lines.join('\n')}\nFix these variables and start again (see README, "Configuration").`);
  }
  const env = parsed.data;
  let database: DatabaseTarget;
  try {
    database = resolveDatabaseTarget(env.DATABASE_URL);
  } catch (error) {
    throw new ConfigError(`- DATABASE_URL: ${(error as Error).message}`);
  }
  requireTogether(env, ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'], 'for Slack installation through OAuth');
  requireTogether(env, ['MICROSOFT_APP_ID', 'MICROSOFT_APP_PASSWORD', 'MICROSOFT_APP_TENANT_ID'], 'for Microsoft Teams');
  const slackCredentials = Boolean(env.SLACK_BOT_TOKEN || env.SLACK_CLIENT_ID);
  if (slackCredentials && !env.SLACK_SIGNING_SECRET) {
    throw new ConfigError('- SLACK_SIGNING_SECRET: missing. Slack credentials are set, so the signing secret (Slack app page, "Basic Information") is needed to verify requests.');
  }
  if (env.SLACK_SIGNING_SECRET && !slackCredentials) {
    throw new ConfigError('- SLACK_BOT_TOKEN: missing. SLACK_SIGNING_SECRET is set; add SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET (installable in many workspaces).');
  }
  return {
    env,
    database,
    tenantSlug: env.V2030_TENANT,
    seedDemo: env.V2030_SEED_DEMO,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    slackConfigured: slackCredentials,
    teamsConfigured: Boolean(env.MICROSOFT_APP_ID) || env.TEAMS_ALLOW_UNAUTHENTICATED,
    teamsUnauthenticated: !env.MICROSOFT_APP_ID && env.TEAMS_ALLOW_UNAUTHENTICATED,
    ...(env.V2030_SECRET_KEY ? { secretKey: Buffer.from(env.V2030_SECRET_KEY, 'base64') } : {}),
  };
}

function requireTogether(env: Env, names: (keyof Env)[], purpose: string): void {
  const set = names.filter((n) => env[n] !== undefined);
  if (set.length > 0 && set.length < names.length) {
    const missing = names.filter((n) => env[n] === undefined);
    throw new ConfigError(`- ${missing.join(', ')}: missing. ${set.join(', ')} ${set.length > 1 ? 'are' : 'is'} set, and ${purpose} all of ${names.join(', ')} are needed.`);
  }
}
