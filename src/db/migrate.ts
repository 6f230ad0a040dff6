import { execFile } from 'node:child_process';
import path from 'node:path';
import { setTimeout as wait } from 'node:timers/promises';
import { promisify } from 'node:util';
import type { DatabaseTarget } from './databaseUrl';
import { classifyMigrationFailure, describeTarget, keepDetail, MigrationError } from './migrationFailure';
import { migrationsUpToDate } from './migrationState';

export { MigrationError } from './migrationFailure';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface MigrationOutcome {
  /** True when `prisma migrate deploy` ran and applied migrations; false when none was pending. */
  applied: boolean;
  /** What Prisma printed (empty when it was not started). */
  output: string;
}

export interface MigrationOptions {
  /** Called before each wait for another process's lock, with the seconds about to be waited. */
  onLockWait?: (seconds: number) => void;
  /** Pauses between attempts while the database is locked (each attempt itself waits the busy timeout). */
  lockBackoffSeconds?: number[];
}

/** About two and a half minutes of pauses; with the busy timeout of each attempt about four minutes in all. */
const LOCK_BACKOFF_SECONDS = [1, 2, 4, 8, 15, 30, 30, 30, 30];

/**
 * Applies pending migrations of the target's provider with `prisma migrate deploy`. Whether any is
 * pending is decided read-only first, so a database in use by a running bot is not written when
 * nothing is to do. When another process holds the lock, it waits with growing pauses and tries
 * again; every failure becomes a `MigrationError` that tells the operator what to do.
 */
export async function applyMigrations(target: DatabaseTarget, options: MigrationOptions = {}): Promise<MigrationOutcome> {
  const backoff = options.lockBackoffSeconds ?? LOCK_BACKOFF_SECONDS;
  let waited = 0;
  for (let attempt = 0; ; attempt++) {
    if (await migrationsUpToDate(target, path.join(ROOT, 'prisma', target.provider, 'migrations'))) return { applied: false, output: '' };
    let detail: string;
    try {
      return { applied: true, output: await deploy(target) };
    } catch (error) {
      detail = (error as { stderr?: string }).stderr || (error as Error).message;
    }
    const kind = classifyMigrationFailure(detail);
    const pause = backoff[attempt];
    if (kind === 'locked' && pause !== undefined) {
      options.onLockWait?.(pause);
      await wait(pause * 1000);
      waited += pause;
      continue;
    }
    throw new MigrationError(kind, { database: describeTarget(target), seconds: waited, detail: keepDetail(detail) });
  }
}

async function deploy(target: DatabaseTarget): Promise<string> {
  const prismaCli = path.join(ROOT, 'node_modules', 'prisma', 'build', 'index.js');
  const { stdout } = await run(process.execPath, [prismaCli, 'migrate', 'deploy'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: target.url, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    maxBuffer: 10 * 1024 * 1024,
  });
  return stdout;
}
