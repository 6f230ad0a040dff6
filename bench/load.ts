import { execFile } from 'node:child_process';
import path from 'node:path';

/** What the load generator sends: signed Slack slash commands, or a JSON body (Teams) with `__ID__` replaced per request. */
export interface LoadSpec {
  url: string;
  connections: number;
  seconds?: number;
  amount?: number;
  slack?: { secret: string; team: string; user: string; responseUrl: string; command: 'fortschritt' | 'hilfe' };
  body?: string;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  failed: number;
  total: number;
}

/**
 * Runs autocannon in a child process (bench/loadChild.ts) against `spec.url` and resolves with its
 * figures: the load generator gets its own event loop, so the bare app and the bot are measured the
 * same way, without the load tool taking the servers' CPU time on their own thread.
 */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const child = path.join(import.meta.dirname, 'loadChild.ts');
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', child, JSON.stringify(spec)], { maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`load generator failed: ${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as LoadResult);
    });
  });
}
