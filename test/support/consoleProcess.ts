import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);

export interface ConsoleRun {
  /** Each command's echo line and its reply, in order. */
  replies: string[];
  /** The SQLite file the run used (delete it with `remove`). */
  file: string;
  remove(): void;
}

/** `v2030 console` as a process, as a newcomer runs it, on a new SQLite file, with `lines` piped in. */
export async function runConsoleProcess(lines: readonly string[], lang: string): Promise<ConsoleRun> {
  const file = path.join(process.env.V2030_TEST_DIR!, `console-${crypto.randomBytes(4).toString('hex')}.db`);
  const child = run(process.execPath, [path.join(ROOT, 'bin', 'v2030.mjs'), 'console'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, DATABASE_URL: `file:${file}`, LANG: lang },
  });
  child.child.stdin!.end(`${lines.join('\n')}\n`);
  const { stdout } = await child;
  return {
    replies: stdout.split(/^\S+@\S+> /m).slice(1),
    file,
    remove: () => {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
    },
  };
}
