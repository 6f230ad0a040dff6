import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MessageParams } from '../i18n';
import type { DatabaseTarget } from './databaseUrl';

/** What went wrong when Prisma's schema engine applied migrations, in terms an operator can act on. */
export type MigrationFailureKind = 'locked' | 'unreachable' | 'accessDenied' | 'failedBefore' | 'unknown';

// The engine reports through the driver adapter; a held SQLite write lock arrives as `SocketTimeout`,
// which the WebAssembly engine does not even know (`unknown variant SocketTimeout`).
const PATTERNS: [MigrationFailureKind, RegExp][] = [
  ['failedBefore', /\bP3009\b|\bP3018\b/],
  ['locked', /SocketTimeout|database is locked|SQLITE_BUSY|advisory lock|\bP1002\b|\bP1008\b/i],
  ['unreachable', /DatabaseNotReachable|ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|\bP1001\b/i],
  ['accessDenied', /DatabaseAccessDenied|AuthenticationFailed|SQLITE_CANTOPEN|SQLITE_READONLY|EACCES|\bP1000\b|\bP1010\b/i],
];

export function classifyMigrationFailure(detail: string): MigrationFailureKind {
  return PATTERNS.find(([, pattern]) => pattern.test(detail))?.[0] ?? 'unknown';
}

const MESSAGE_KEYS: Record<MigrationFailureKind, string> = {
  locked: 'cli:migrationLocked',
  unreachable: 'cli:migrationUnreachable',
  accessDenied: 'cli:migrationAccessDenied',
  failedBefore: 'cli:migrationFailedBefore',
  unknown: 'cli:migrationUnknown',
};

/**
 * An operator-facing failure of `v2030 migrate` (and of every command that migrates first). The
 * message key says what happened and what to do; the engine's own output is not shown but kept in
 * a file (`params.detail`) for whoever must dig deeper.
 */
export class MigrationError extends Error {
  readonly messageKey: string;
  constructor(
    readonly kind: MigrationFailureKind,
    readonly params: MessageParams,
  ) {
    super(`database migration failed (${kind}) ${JSON.stringify(params)}`);
    this.name = 'MigrationError';
    this.messageKey = MESSAGE_KEYS[kind];
  }
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.provider === 'sqlite') return target.file!;
  const url = new URL(target.url);
  return `${url.host}${url.pathname}`;
}

/** Keeps the engine's output in a file of its own (never in the operator's terminal) and names it. */
export function keepDetail(detail: string): string {
  const file = path.join(os.tmpdir(), `v2030-migrate-${crypto.randomBytes(4).toString('hex')}.log`);
  fs.writeFileSync(file, detail);
  return file;
}
