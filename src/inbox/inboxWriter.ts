import { targetOf, type Db } from '../db/client';
import type { InboundItem } from './inboundItem';
import { openInboxRows, type InboxRows } from './inboxRows';

/** `stored`: a new row; `duplicate`: a retried delivery whose row exists already (nothing stored). */
export type StoreOutcome = 'stored' | 'duplicate';

interface Waiting {
  item: InboundItem;
  resolve: (outcome: StoreOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * Stores inbound chat requests durably, with group commit: requests that arrive while a write is
 * under way are written together by the next one (one transaction, one commit and so one fsync for
 * all of them), and each caller's promise resolves only after the commit that contains its row. A
 * caller that acknowledges the platform after `store()` resolved has therefore acknowledged a
 * stored request. A retried delivery whose key is stored already (also one in the same batch) is
 * skipped by the database's unique key and reported as `duplicate`.
 */
export class InboxWriter {
  private queue: Waiting[] = [];
  private writing = false;
  private rows: InboxRows | undefined;

  constructor(
    private readonly db: Db,
    /** Called after rows were stored (wakes the worker in this process). */
    private readonly onStored: () => void = () => undefined,
    /** When rows are received (the database's clock is not asked on the hot path). */
    private readonly now: () => Date = () => new Date(),
  ) {}

  store(item: InboundItem): Promise<StoreOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.writing) void this.writeAll();
    });
  }

  /** Closes the writer's own database connection (after the listener stopped taking requests and its stores resolved). */
  async close(): Promise<void> {
    const rows = this.rows;
    this.rows = undefined;
    await rows?.close();
  }

  private async writeAll(): Promise<void> {
    this.writing = true;
    try {
      // Let the requests that are already parsed in this turn of the event loop join the batch.
      await new Promise((resolve) => setImmediate(resolve));
      while (this.queue.length > 0) {
        const batch = this.queue;
        this.queue = [];
        await this.write(batch);
      }
    } finally {
      this.writing = false;
    }
  }

  private async write(batch: Waiting[]): Promise<void> {
    let stored: boolean[];
    try {
      this.rows ??= openInboxRows(targetOf(this.db));
      stored = await this.rows.insert(batch.map((w) => w.item), this.now());
    } catch (error) {
      for (const w of batch) w.reject(error);
      return;
    }
    batch.forEach((w, i) => w.resolve(stored[i] ? 'stored' : 'duplicate'));
    if (stored.some(Boolean)) this.onStored();
  }
}
