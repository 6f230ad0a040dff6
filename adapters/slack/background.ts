import type { Logger } from '../../src/logger';

/** Work done after Slack has its answer (App Home refreshes, late replies), tracked so stop() can wait for it. */
export class Background {
  private readonly running = new Set<Promise<unknown>>();

  constructor(private readonly logger: Logger) {}

  run(what: string, work: () => Promise<unknown>): void {
    const task = work()
      .catch((error: unknown) => this.logger.error({ err: error, what }, 'slack: background work failed'))
      .finally(() => this.running.delete(task));
    this.running.add(task);
  }

  /** Resolves when everything started so far (and anything it started) has finished. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}

/** Resolves with the work's result if it finishes within `ms`, else with `undefined` (the work goes on). */
export async function within<T>(work: Promise<T>, ms: number): Promise<{ value: T } | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([work.then((value) => ({ value })), late]);
  } finally {
    clearTimeout(timer);
  }
}
