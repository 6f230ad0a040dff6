import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { DatabaseTarget } from './databaseUrl';
import { migrationsUpToDate } from './migrationState';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..', '..');

export class MigrationError extends Error {}

/** What `prisma migrate deploy` answers when there is nothing to do. */
export const NOTHING_PENDING = 'No pending migrations to apply.';

/** Applies pending migrations of the target's provider with `prisma migrate deploy` (not started when none is pending). */
export async function applyMigrations(target: DatabaseTarget): Promise<string> {
  if (await migrationsUpToDate(target, path.join(ROOT, 'prisma', target.provider, 'migrations'))) return NOTHING_PENDING;
  const prismaCli = path.join(ROOT, 'node_modules', 'prisma', 'build', 'index.js');
  try {
    const { stdout } = await run(process.execPath, [prismaCli, 'migrate', 'deploy'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: target.url, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
      maxBuffer: 10 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const detail = (error as { stderr?: string; stdout?: string }).stderr || (error as Error).message;
    throw new MigrationError(
      `Applying database migrations to ${describe(target)} failed:\n${detail.trim()}\n` +
        'Check that DATABASE_URL points to a reachable database the bot may create tables in.',
    );
  }
}

function describe(target: DatabaseTarget): string {
  return target.provider === 'sqlite' ? `SQLite file ${target.file}` : `PostgreSQL ${new URL(target.url).host}${new URL(target.url).pathname}`;
}
