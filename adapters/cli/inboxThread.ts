import { Worker } from 'node:worker_threads';
import { watchSaturation, type SaturationWatch, type SaturationWatchOptions } from '../../src/inbox/saturationWatch';
import type { Logger } from '../../src/logger';

/** Messages between the listener (main thread) and the inbox thread. */
export type ToInboxThread = { type: 'wake' } | { type: 'saturated'; saturated: boolean } | { type: 'drain'; id: number } | { type: 'stop' };
export type FromInboxThread = { type: 'ready' } | { type: 'drained'; id: number } | { type: 'stopped' } | { type: 'failed'; message: string };

export interface InboxThread {
  /** Something was stored: the thread looks at the inbox now rather than at its next poll. */
  wake(): void;
  /** Resolves when the thread's inbox workers have nothing left to do (tests, benchmarks). */
  drained(): Promise<void>;
  /** Stops the workers (waits for the requests in work, gives unstarted claims back) and ends the thread. */
  stop(): Promise<void>;
}

export interface InboxThreadOptions {
  /** The environment the thread builds its configuration from (default: this process's). */
  env?: NodeJS.ProcessEnv;
  logger: Logger;
  /** Requests processed at the same time per platform (default 4). */
  concurrency?: number;
  /** What tells the thread that the listener is saturated (default: this event loop's utilisation; tests drive it). */
  watch?: (options: Pick<SaturationWatchOptions, 'onChange'>) => SaturationWatch;
}

/**
 * Runs the inbox workers (Slack slash commands, Teams text messages) in a worker thread with its
 * own event loop, Prisma client and platform clients, so that working off stored requests does not
 * take the listener's event loop: the listener verifies, stores and acknowledges, the thread (on the
 * other core) runs the commands and answers. Claims are safe across threads, processes and replicas
 * (guarded UPDATEs and a lease), so nothing depends on the two sharing memory; the listener's wake-up
 * is only a hint (the thread also polls). If the thread dies it is started again after a second.
 *
 * Acknowledging comes first: the thread runs at a lower scheduling priority (threadPriority.ts), and
 * while the listener's event loop is saturated it leaves requests younger than 30 s for later
 * (InboxWorkerOptions.deferWhile), so a burst is acknowledged at full speed and answered after it.
 */
export async function startInboxThread(options: InboxThreadOptions): Promise<InboxThread> {
  const { logger } = options;
  let worker: Worker;
  let stopping = false;
  let nextDrain = 0;
  const drains = new Map<number, () => void>();
  let stopped: (() => void) | undefined;

  const spawn = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      worker = new Worker(new URL('./inboxThreadEntry.mjs', import.meta.url), {
        workerData: { env: { ...(options.env ?? process.env) }, concurrency: options.concurrency },
      });
      // The listener's server and signal handlers keep the process alive, not this thread (a failed start exits).
      worker.unref();
      let ready = false;
      worker.on('message', (msg: FromInboxThread) => {
        if (msg.type === 'ready') {
          ready = true;
          resolve();
        } else if (msg.type === 'drained') {
          drains.get(msg.id)?.();
          drains.delete(msg.id);
        } else if (msg.type === 'stopped') stopped?.();
        else if (msg.type === 'failed') {
          logger.error({ reason: msg.message }, 'inbox thread: could not start');
          if (!ready) reject(new Error(`inbox thread: ${msg.message}`));
        }
      });
      worker.on('error', (error) => logger.error({ err: error }, 'inbox thread failed'));
      worker.on('exit', (code) => {
        stopped?.();
        if (!ready) reject(new Error(`inbox thread ended at start (exit code ${code})`));
        else if (!stopping) {
          logger.error({ code }, 'inbox thread ended unexpectedly; starting it again');
          setTimeout(() => void spawn().catch((error: unknown) => logger.error({ err: error }, 'inbox thread: restart failed')), 1000).unref();
        }
      });
    });

  await spawn();
  const send = (msg: ToInboxThread) => worker.postMessage(msg);
  // While this (the listener's) event loop is saturated, the thread leaves young requests for later.
  const saturation = (options.watch ?? watchSaturation)({ onChange: (saturated) => send({ type: 'saturated', saturated }) });
  return {
    wake: () => send({ type: 'wake' }),
    drained: () =>
      new Promise<void>((resolve) => {
        const id = ++nextDrain;
        drains.set(id, resolve);
        send({ type: 'drain', id });
      }),
    stop: async () => {
      stopping = true;
      saturation.stop();
      const done = new Promise<void>((resolve) => (stopped = resolve));
      send({ type: 'stop' });
      await done;
      await worker.terminate();
    },
  };
}
