import path from 'node:path';

export type DatabaseProvider = 'sqlite' | 'postgresql';

export interface DatabaseTarget {
  provider: DatabaseProvider;
  /** For SQLite: `file:` URL with an absolute path; for PostgreSQL: the connection string as given. */
  url: string;
  /** For SQLite: the absolute file path. */
  file?: string;
}

export const DEFAULT_SQLITE_FILE = path.join('data', 'v2030.db');

/**
 * Reads DATABASE_URL: `postgres://` / `postgresql://` selects PostgreSQL, `file:` selects SQLite,
 * nothing selects the embedded SQLite default under ./data.
 */
export function resolveDatabaseTarget(raw: string | undefined, cwd = process.cwd()): DatabaseTarget {
  const value = raw?.trim();
  if (!value) return sqliteTarget(path.resolve(cwd, DEFAULT_SQLITE_FILE));
  if (/^postgres(ql)?:\/\//i.test(value)) return { provider: 'postgresql', url: value };
  if (value.startsWith('file:')) {
    const file = value.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
    return sqliteTarget(path.resolve(cwd, file));
  }
  throw new Error(
    `DATABASE_URL "${value}" is neither a PostgreSQL URL (postgresql://user@host:5432/db) nor a SQLite file URL (file:./data/v2030.db).`,
  );
}

function sqliteTarget(file: string): DatabaseTarget {
  return { provider: 'sqlite', url: `file:${file}`, file };
}
