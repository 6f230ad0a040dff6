import { sealLegacyAudit } from '../audit/sealLegacyAudit';
import { systemClock, type Clock } from '../clock';
import { loadConfig, type Config } from '../config/env';
import { createDb, type Db } from '../db/client';
import { applyMigrations } from '../db/migrate';
import { seedDemo } from '../demo/seedDemo';
import { createLogger, type Logger } from '../logger';

export interface Runtime {
  config: Config;
  logger: Logger;
  db: Db;
  clock: Clock;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  /** Apply pending migrations before use (start, console). */
  migrate: boolean;
  /** Seed the demo municipality when it is the configured tenant and does not exist yet. */
  seedDemo: boolean;
  /** Log level when LOG_LEVEL is not set (the console keeps the terminal quiet). */
  defaultLogLevel?: (config: Config) => string;
  /** Told before each wait while another process holds the database lock during migration. */
  onMigrationLockWait?: (seconds: number, config: Config) => void;
}

const DEMO_SLUG = 'demo';

export async function openRuntime(options: RuntimeOptions, env: NodeJS.ProcessEnv = process.env): Promise<Runtime> {
  const config = loadConfig(env);
  const logger = createLogger(env.LOG_LEVEL ? config.logLevel : (options.defaultLogLevel?.(config) ?? config.logLevel));
  let applied = false;
  if (options.migrate) {
    ({ applied } = await applyMigrations(config.database, { onLockWait: (seconds) => options.onMigrationLockWait?.(seconds, config) }));
    if (applied) logger.info({ database: config.database.provider }, 'database migrations applied');
  }
  const db = createDb(config.database);
  if (applied) {
    const sealed = await sealLegacyAudit(db);
    if (sealed > 0) logger.info({ rows: sealed }, 'audit rows written before the hash chain sealed into it');
  }
  const clock = systemClock;
  if (options.seedDemo && config.seedDemo && config.tenantSlug === DEMO_SLUG) {
    const { created } = await seedDemo(db, { now: clock.now() });
    if (created) logger.info('demo municipality seeded');
  }
  let closing: Promise<void> | undefined;
  // Once: the server's bounded shutdown closes it, and the operator command's end again.
  return { config, logger, db, clock, close: () => (closing ??= db.$disconnect()) };
}
