import fs from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { INBOX_THREAD_NICE } from '../../adapters/cli/threadPriority';

const linux = fs.existsSync('/proc/thread-self');

describe('lowerThisThreadsPriority', () => {
  it.runIf(linux)('lowers the calling thread only, not the listener (the process)', async () => {
    const before = os.getPriority(process.pid);
    const worker = new Worker(new URL('./fixtures/lowerPriorityThread.mjs', import.meta.url));
    const seen = await new Promise<{ tid: number; nice: number; processNice: number; warnings: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(seen.warnings).toBe(0);
    expect(seen.tid).not.toBe(process.pid);
    expect(seen.nice).toBe(Math.max(before, INBOX_THREAD_NICE));
    expect(seen.processNice).toBe(before);
    expect(os.getPriority(process.pid)).toBe(before);
  });
});
