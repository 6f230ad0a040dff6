/** Prisma's unique-constraint violation (P2002), raised the same way by both driver adapters. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

/** Prisma's "table does not exist" (P2021): the database was never migrated. */
export function isMissingTable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2021';
}

const UNAVAILABLE_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028']);
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TransactionAlreadyClosed']);

/**
 * The database cannot be reached or cannot take the change now (server down or restarting, connection
 * lost, pool or transaction timed out, SQLite file locked, full or failing): a request stored for
 * working off is tried again later instead of being answered with an apology.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, meta } = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: string; code?: string; originalCode?: string } } } };
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  const cause = meta?.driverAdapterError?.cause;
  if (!cause) return false;
  if (cause.kind !== undefined && UNAVAILABLE_KINDS.has(cause.kind)) return true;
  // PostgreSQL: connection exceptions (08…) and the server shutting down (57P01–57P03).
  if (cause.kind === 'postgres' && /^(08|57P0)/.test(cause.code ?? '')) return true;
  return cause.kind === 'sqlite' && /^SQLITE_(FULL|IOERR|BUSY|LOCKED|CANTOPEN)/.test(cause.originalCode ?? '');
}
