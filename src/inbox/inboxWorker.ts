import crypto from 'node:crypto';
import { systemClock, type Clock } from '../clock';
import type { Db } from '../db/client';
import type { Logger } from '../logger';
import { ANSWER_KIND, recordAnswer, settleAnswer, type InboxAnswer } from '../outbox/answers';

/** A claimed inbox row as the platform's handler gets it. */
export interface InboundRow {
  id: string;
  tenantId: string;
  platform: string;
  deliveryKey: string;
  payload: unknown;
  receivedAt: Date;
  /** 1 on the first attempt. */
  attempts: number;
  /** No attempt follows this one: a failure now is final (the row is given up as `failed`). */
  lastAttempt: boolean;
}

export interface InboxWorkerOptions {
  db: Db;
  logger: Logger;
  platform: string;
  /**
   * Processes one request; throwing means "try again later". It answers either itself, or by
   * returning the answer: then the answer is written to the outbox in the transaction that marks
   * the row done (a crash before it works the row again, a crash after it never answers twice) and
   * sent at once.
   */
  handle: (row: InboundRow) => Promise<InboxAnswer | void>;
  /** Requests processed at the same time by this process (default 4). */
  concurrency?: number;
  /** How often the table is looked at without a wake-up (rows of other replicas, expired claims; default 1 s). */
  pollMs?: number;
  /** A claim older than this is taken over (its worker is presumed dead; default 60 s). */
  leaseMs?: number;
  /** Attempts after which a request is given up as `failed` (default 5). */
  maxAttempts?: number;
  /** Processed rows are deleted after this long; it is also how long a retried delivery is recognised (default 3 days). */
  retentionMs?: number;
  /**
   * While this returns true (the listener that acknowledges the requests is saturated), requests
   * younger than `maxDeferMs` are left for later, so that acknowledging keeps the CPU; older ones
   * are worked off as usual, so a long overload delays answers by at most that much more.
   */
  deferWhile?: () => boolean;
  /** See `deferWhile` (default 30 s; Slack's response_url stays valid for 30 minutes). */
  maxDeferMs?: number;
  /** What leases, deferral, retention and the processing time are measured with (default: the system clock). */
  clock?: Clock;
}

type ClaimedRow = Omit<InboundRow, 'lastAttempt'> & { claimedBy: string | null };

/**
 * Processes the inbox of one platform: claims rows with a guarded UPDATE (only rows still
 * `pending`, or `processing` under a claim older than the lease, can be taken, so two workers —
 * replicas, or a restarted process — never take the same row at once), runs the handler, and marks
 * the row `done`. On start it picks up what was stored but not processed before a crash or restart.
 *
 * Backpressure: at most `concurrency` requests are in work in this process (and up to four times
 * as many claimed, waiting their turn); everything else waits in the table (durably), oldest first. Under overload the acknowledgements stay fast and the
 * answers come later; the backlog is worked off at the rate the core manages.
 *
 * A handler that throws leaves its row claimed; it is tried again when the lease has expired, up
 * to `maxAttempts` times, then marked `failed` (and logged). A crash between the change and the
 * mark `done` processes the row again: the core's delivery key makes that change nothing twice. An
 * answer the handler returns is written to the outbox with the mark `done`, so a crash either
 * leaves both undone (the row is worked again and answered once) or both done (the answer is
 * delivered from the outbox, never twice).
 */
export class InboxWorker {
  private readonly concurrency: number;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly maxAttempts: number;
  private readonly retentionMs: number;
  private readonly maxDeferMs: number;
  private readonly clock: Clock;
  private readonly inFlight = new Set<Promise<void>>();
  /** Claimed rows not started yet (claims are taken in batches to save queries). */
  private claimed: ClaimedRow[] = [];
  /** Finished rows to be marked `done`, by claim token (marked together, one UPDATE per batch). */
  private finished = new Map<string, string[]>();
  private marking: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private pumping: Promise<void> | undefined;
  private again = false;
  private stopped = true;
  private lastCleanup = 0;

  constructor(private readonly options: InboxWorkerOptions) {
    this.concurrency = options.concurrency ?? 4;
    this.pollMs = options.pollMs ?? 1000;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.retentionMs = options.retentionMs ?? 3 * 86_400_000;
    this.maxDeferMs = options.maxDeferMs ?? 30_000;
    this.clock = options.clock ?? systemClock;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.look();
  }

  /**
   * Something was stored: look at the table now rather than at the next poll. While deferring, what
   * was just stored is too young to be taken, so the next poll looks (saves a query per wake-up).
   */
  wake(): void {
    if (this.stopped) return;
    if (this.options.deferWhile?.() && !this.pumping && this.claimed.length === 0) {
      if (!this.timer) this.schedulePoll();
      return;
    }
    this.look();
  }

  private look(): void {
    if (this.stopped) return;
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = this.pump().finally(() => {
      this.pumping = undefined;
      if (this.again) {
        this.again = false;
        this.look();
      } else this.schedulePoll();
    });
  }

  /** Stops taking new rows and waits for the ones in work. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.pumping;
    await Promise.allSettled([...this.inFlight]);
    await this.marking;
    // Claimed but not started: back to the table for the next start or another replica.
    const unstarted = this.claimed;
    this.claimed = [];
    for (const row of unstarted) {
      await this.options.db.inboundRequest.updateMany({
        where: { id: row.id, status: 'processing', claimedBy: row.claimedBy },
        data: { status: 'pending', claimedBy: null, claimedAt: null, attempts: { decrement: 1 } },
      });
    }
  }

  /** Resolves when this process has nothing of the platform left to do (tests, benchmarks). */
  async drained(): Promise<void> {
    for (;;) {
      await this.pumping;
      await Promise.allSettled([...this.inFlight]);
      const waiting = await this.options.db.inboundRequest.count({ where: { platform: this.options.platform, status: 'pending' } });
      await this.marking;
      if (waiting === 0 && this.inFlight.size === 0 && this.claimed.length === 0 && !this.pumping && !this.marking) return;
      this.look();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  private schedulePoll(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.look();
    }, this.pollMs);
    this.timer.unref();
  }

  private async pump(): Promise<void> {
    try {
      while (!this.stopped) {
        if (this.inFlight.size >= this.concurrency) return; // a finishing request wakes the worker again
        if (this.claimed.length === 0) {
          this.claimed = await this.claim(this.concurrency * 4);
          if (this.claimed.length === 0) break;
        }
        while (this.claimed.length > 0 && this.inFlight.size < this.concurrency) this.track(this.process(this.claimed.shift()!));
      }
      await this.cleanup();
    } catch (error) {
      this.options.logger.error({ err: error, platform: this.options.platform }, 'inbox: claiming requests failed');
    }
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => {
      this.inFlight.delete(work);
      this.look();
    });
  }

  private async claim(limit: number): Promise<ClaimedRow[]> {
    const { db, platform } = this.options;
    const now = this.clock.now();
    const pending = this.options.deferWhile?.() ? { status: 'pending', receivedAt: { lt: new Date(now.getTime() - this.maxDeferMs) } } : { status: 'pending' };
    const claimable = { platform, OR: [pending, { status: 'processing', claimedAt: { lt: new Date(now.getTime() - this.leaseMs) } }] };
    const candidates = await db.inboundRequest.findMany({ where: claimable, orderBy: { receivedAt: 'asc' }, take: limit, select: { id: true } });
    if (candidates.length === 0) return [];
    const token = crypto.randomUUID();
    await db.inboundRequest.updateMany({
      where: { ...claimable, id: { in: candidates.map((c) => c.id) } },
      data: { status: 'processing', claimedBy: token, claimedAt: now, attempts: { increment: 1 } },
    });
    const rows = await db.inboundRequest.findMany({
      where: { platform, status: 'processing', claimedBy: token },
      select: { id: true, tenantId: true, platform: true, deliveryKey: true, payload: true, receivedAt: true, attempts: true, claimedBy: true },
      orderBy: { receivedAt: 'asc' },
    });
    return rows;
  }

  private async process(row: ClaimedRow): Promise<void> {
    const { db, logger } = this.options;
    const claim = { id: row.id, status: 'processing', claimedBy: row.claimedBy };
    try {
      const answer = await this.options.handle({ ...row, lastAttempt: row.attempts >= this.maxAttempts });
      if (answer) await this.answer(row, answer);
      else await this.markDone(row);
    } catch (error) {
      const giveUp = row.attempts >= this.maxAttempts;
      logger.error({ err: error, platform: row.platform, inbound: row.id, attempts: row.attempts, giveUp }, 'inbox: processing a request failed');
      try {
        await db.inboundRequest.updateMany({
          where: claim,
          // Not given up: the claim stays and expires after the lease, which is the back-off before the next attempt.
          data: giveUp ? { status: 'failed', processedAt: this.clock.now(), claimedBy: null, error: String(error).slice(0, 1000) } : { error: String(error).slice(0, 1000) },
        });
      } catch (markError) {
        logger.error({ err: markError, inbound: row.id }, 'inbox: could not record the failure');
      }
    }
  }

  /**
   * Marks the row done and writes its answer to the outbox in one transaction, then sends it. A row
   * another worker took over meanwhile (its claim ran out) is left to that worker, answer and all.
   */
  private async answer(row: ClaimedRow, answer: InboxAnswer): Promise<void> {
    const { db, logger } = this.options;
    const now = this.clock.now();
    const outboxId = await db.$transaction(
      async (tx) => {
        const marked = await tx.inboundRequest.updateMany({
          where: { id: row.id, status: 'processing', claimedBy: row.claimedBy },
          data: { status: 'done', processedAt: now, claimedBy: null, error: null },
        });
        return marked.count === 1 ? recordAnswer(tx, row.tenantId, row.id, answer, now, this.leaseMs) : undefined;
      },
      { maxWait: 60_000, timeout: 60_000 },
    );
    if (!outboxId) {
      logger.warn({ platform: row.platform, inbound: row.id }, 'inbox: request taken over by another worker; it answers');
      return;
    }
    const result = await answer.deliver().catch((error: unknown) => ({ kind: 'ambiguous' as const, error: (error as Error).message }));
    if (result.kind !== 'sent') logger.warn({ platform: row.platform, inbound: row.id, outboxId, result }, 'inbox: the answer was not sent at once');
    await settleAnswer(db, outboxId, result, this.clock.now());
  }

  /** Marks a finished row `done` together with the others finished meanwhile (one UPDATE per claim batch). */
  private markDone(row: ClaimedRow): Promise<void> {
    const ids = this.finished.get(row.claimedBy ?? '') ?? [];
    ids.push(row.id);
    this.finished.set(row.claimedBy ?? '', ids);
    this.marking ??= new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      const batches = this.finished;
      this.finished = new Map();
      this.marking = undefined;
      for (const [token, done] of batches) {
        await this.options.db.inboundRequest.updateMany({
          where: { id: { in: done }, status: 'processing', claimedBy: token },
          data: { status: 'done', processedAt: this.clock.now(), claimedBy: null, error: null },
        });
      }
    });
    return this.marking;
  }

  private async cleanup(): Promise<void> {
    const now = this.clock.now().getTime();
    if (now - this.lastCleanup < 10 * 60_000) return;
    this.lastCleanup = now;
    const before = new Date(now - this.retentionMs);
    await this.options.db.inboundRequest.deleteMany({ where: { platform: this.options.platform, status: { in: ['done', 'failed'] }, processedAt: { lt: before } } });
    await this.options.db.outboxMessage.deleteMany({ where: { platform: this.options.platform, kind: ANSWER_KIND, status: 'sent', sentAt: { lt: before } } });
  }
}
