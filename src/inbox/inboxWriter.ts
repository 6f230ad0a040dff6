import type { Db, Prisma } from '../db/client';
import { isUniqueViolation } from '../db/errors';

/** A chat request to be stored in the inbox before it is acknowledged. */
export interface InboundItem {
  tenantId: string;
  platform: string;
  /** The platform's delivery identity: a retry of the same delivery has the same key. */
  deliveryKey: string;
  payload: Prisma.InputJsonValue;
}

/** `stored`: a new row; `duplicate`: a retried delivery whose row exists already (nothing stored). */
export type StoreOutcome = 'stored' | 'duplicate';

interface Waiting {
  item: InboundItem;
  resolve: (outcome: StoreOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * Stores inbound chat requests durably, with group commit: requests that arrive while a write is
 * under way are written together by the next one (one INSERT, one commit and so one fsync for all
 * of them), and each caller's promise resolves only after the commit that contains its row. A
 * caller that acknowledges the platform after `store()` resolved has therefore acknowledged a
 * stored request. A batch that hits a duplicate key is retried row by row, so one retried delivery
 * does not fail the others.
 */
export class InboxWriter {
  private queue: Waiting[] = [];
  private writing = false;

  constructor(
    private readonly db: Db,
    /** Called after rows were stored (wakes the worker in this process). */
    private readonly onStored: () => void = () => undefined,
  ) {}

  store(item: InboundItem): Promise<StoreOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.writing) void this.writeAll();
    });
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
    try {
      await this.db.inboundRequest.createMany({ data: batch.map((w) => w.item) });
      for (const w of batch) w.resolve('stored');
      this.onStored();
      return;
    } catch (error) {
      if (!isUniqueViolation(error) || batch.length === 1) {
        if (batch.length === 1 && isUniqueViolation(error)) batch[0]!.resolve('duplicate');
        else for (const w of batch) w.reject(error);
        return;
      }
    }
    let stored = false;
    for (const w of batch) {
      try {
        await this.db.inboundRequest.createMany({ data: [w.item] });
        stored = true;
        w.resolve('stored');
      } catch (error) {
        if (isUniqueViolation(error)) w.resolve('duplicate');
        else w.reject(error);
      }
    }
    if (stored) this.onStored();
  }
}
