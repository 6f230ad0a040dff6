import type { Db } from '../db/client';
import type { Logger } from '../logger';
import type { InboxAnswer } from '../outbox/answers';
import type { InboxAdapterOptions } from './inboxAdapterOptions';
import { InboxWorker, type InboundRow } from './inboxWorker';
import { InboxWriter } from './inboxWriter';

/**
 * A platform adapter's durable inbox: the writer its listener stores requests with, and — unless
 * another worker does it (`options.worker === false`, the inbox thread of `v2030 start`) — the
 * worker in this process that works them off with the adapter's handler.
 */
export class PlatformInbox {
  readonly writer: InboxWriter;
  private worker: InboxWorker | undefined;

  constructor(private readonly base: { db: Db; logger: Logger; platform: string; options?: InboxAdapterOptions }) {
    this.writer = new InboxWriter(base.db, () => {
      this.worker?.wake();
      base.options?.onStored?.();
    });
  }

  /** Starts this process's worker with the platform's handler (also for rows left from before a restart). */
  startWorker(handle: (row: InboundRow) => Promise<InboxAnswer | void>): void {
    const { db, logger, platform, options } = this.base;
    if (options?.worker === false || this.worker) return;
    this.worker = new InboxWorker({ db, logger, platform, handle, concurrency: options?.concurrency, deferWhile: options?.deferWhile });
    this.worker.start();
  }

  /** Another process or thread stored requests: look now. */
  wake(): void {
    this.worker?.wake();
  }

  /** Resolves when this process's worker has nothing left to do (tests, benchmarks). */
  async drained(): Promise<void> {
    await this.worker?.drained();
  }

  /** Stops the worker (waits for the requests in work) and closes the writer's connection. */
  async stop(): Promise<void> {
    await this.worker?.stop();
    await this.writer.close();
  }
}
