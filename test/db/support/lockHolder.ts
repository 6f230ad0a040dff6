import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

// A second process, as a running bot is: takes SQLite's write lock and keeps it until told on stdin.
const HOLDER = `
const Database = require(${JSON.stringify(path.join(ROOT, 'node_modules', 'better-sqlite3'))});
const db = new Database(process.argv[1]);
db.exec('PRAGMA journal_mode = WAL');
db.exec('BEGIN IMMEDIATE');
process.stdout.write('locked\\n');
process.stdin.once('data', () => { db.exec('COMMIT'); db.close(); process.exit(0); });
`;

export interface LockHolder {
  /** Commits and ends the holding process; resolves when it has exited. */
  release(): Promise<void>;
}

/** Starts a process that holds the write lock of the SQLite file `file` (created if missing). */
export async function holdWriteLock(file: string): Promise<LockHolder> {
  const child = spawn(process.execPath, ['-e', HOLDER, file], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    void exited.then(() => reject(new Error('the lock holder exited before it held the lock')));
  });
  return {
    release: async () => {
      if (child.exitCode === null) child.stdin.write('release\n');
      await exited;
    },
  };
}
