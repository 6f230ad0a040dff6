import { z } from 'zod';
import { resolveDatabaseTarget, type DatabaseTarget } from '../db/databaseUrl';

/** An optional variable: empty counts as unset. */
export const optionalVariable = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const schema = z.object({
  DATABASE_URL: optionalVariable,
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  V2030_TENANT: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and hyphens, e.g. "demo" or "wesel"')
    .default('demo'),
  V2030_SEED_DEMO: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  V2030_SECRET_KEY: optionalVariable.refine((v) => v === undefined || Buffer.from(v, 'base64').length === 32, '32 random bytes in base64'),
});

export type Env = z.infer<typeof schema>;

/**
 * The core's configuration. It names no chat platform: each adapter reads its own variables from
 * `source` with its own schema (adapters/slack/settings.ts, adapters/teams/settings.ts).
 */
export interface Config {
  env: Env;
  /** The environment the configuration was read from, for the adapters' settings. */
  source: NodeJS.ProcessEnv;
  database: DatabaseTarget;
  tenantSlug: string;
  seedDemo: boolean;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  /** The key secrets are encrypted with in the database (V2030_SECRET_KEY), if set. */
  secretKey?: Buffer;
}

/** Raised when the environment is wrong; the message says which variable, what was expected and how to fix it. */
export class ConfigError extends Error {}

const HINTS: Record<string, string> = {
  DATABASE_URL: 'postgresql://user@host:5432/db, or file:./data/v2030.db (leave unset for the embedded SQLite default)',
  PORT: 'a TCP port such as 3000',
  LOG_LEVEL: 'one of fatal, error, warn, info, debug, trace, silent',
  V2030_TENANT: 'the slug of the municipality this installation serves, e.g. demo',
  V2030_SEED_DEMO: 'true or false',
  V2030_SECRET_KEY: 'a key that encrypts stored platform tokens; create one with: openssl rand -base64 32',
};

/**
 * Parses environment variables with a schema; a refusal names each variable, what was expected
 * (from `hints`) and what was given. Adapters use it for their own variables.
 */
export function parseEnvironment<S extends z.ZodTypeAny>(variables: S, source: NodeJS.ProcessEnv, hints: Record<string, string>): z.infer<S> {
  const parsed = variables.safeParse(source);
  if (parsed.success) return parsed.data as z.infer<S>;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    const hint = hints[name] ? ` Expected: ${hints[name]}.` : '';
    return `- ${name}: ${issue.message}.${hint} Got: ${JSON.stringify(source[name])}`;
  });
  throw new ConfigError(`The configuration in the environment is not valid:\n${lines.join('\n')}\nFix these variables and start again (see README, "Configuration").`);
}

/** Refuses a group of variables that is set only in part, naming what is missing. */
export function requireTogether(values: Record<string, unknown>, names: string[], purpose: string): void {
  const set = names.filter((n) => values[n] !== undefined);
  if (set.length > 0 && set.length < names.length) {
    const missing = names.filter((n) => values[n] === undefined);
    throw new ConfigError(`- ${missing.join(', ')}: missing. ${set.join(', ')} ${set.length > 1 ? 'are' : 'is'} set, and ${purpose} all of ${names.join(', ')} are needed.`);
  }
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const env = parseEnvironment(schema, source, HINTS);
  let database: DatabaseTarget;
  try {
    database = resolveDatabaseTarget(env.DATABASE_URL);
  } catch (error) {
    throw new ConfigError(`- DATABASE_URL: ${(error as Error).message}`);
  }
  return {
    env,
    source,
    database,
    tenantSlug: env.V2030_TENANT,
    seedDemo: env.V2030_SEED_DEMO,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    ...(env.V2030_SECRET_KEY ? { secretKey: Buffer.from(env.V2030_SECRET_KEY, 'base64') } : {}),
  };
}
