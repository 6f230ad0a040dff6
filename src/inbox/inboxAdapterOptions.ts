/** How a platform adapter works off its durable inbox. */
export interface InboxAdapterOptions {
  /**
   * `true` (default): this adapter's own inbox worker processes the stored requests, on this event
   * loop. `false`: another worker does (the inbox thread `v2030 start` runs): the adapter only stores
   * and acknowledges, and calls `onStored` to wake that worker.
   */
  worker?: boolean;
  /** Called after requests were stored (wakes a worker elsewhere). */
  onStored?: () => void;
  /** Requests processed at the same time by this adapter's worker (default 4). */
  concurrency?: number;
  /** While this says so, the worker leaves young requests for later (see InboxWorkerOptions.deferWhile). */
  deferWhile?: () => boolean;
}
