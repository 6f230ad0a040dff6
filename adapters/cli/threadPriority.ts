import fs from 'node:fs';
import os from 'node:os';
import type { Logger } from '../../src/logger';

/** The nice value of the inbox thread: the listener (nice 0) gets the CPU first when both want it. */
export const INBOX_THREAD_NICE = 10;

/**
 * Lowers the scheduling priority of the calling thread (Linux: a thread has its own id and nice
 * value). Acknowledging within the platforms' deadlines (Slack: 3 s, then it retries) matters more
 * than how soon a stored request is worked off, so under load the listener is served first and
 * the inbox thread takes what is left, catching up when the load falls. Elsewhere (no
 * /proc/thread-self) the thread keeps the process's priority.
 */
export function lowerThisThreadsPriority(logger: Logger, nice = INBOX_THREAD_NICE): void {
  let tid: number;
  try {
    tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
  } catch {
    return;
  }
  try {
    os.setPriority(tid, Math.max(os.getPriority(tid), nice));
  } catch (error) {
    logger.warn({ err: error }, 'inbox thread: could not lower its priority; it competes with the listener for the CPU');
  }
}
