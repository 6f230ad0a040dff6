import { performance, type EventLoopUtilization } from 'node:perf_hooks';

export interface SaturationWatchOptions {
  /** Called when the state changes (saturated or not). */
  onChange: (saturated: boolean) => void;
  /** How often the event loop's utilisation is sampled (default 250 ms). */
  intervalMs?: number;
  /** Utilisation over one interval at or above which the loop counts as saturated (default 0.85). */
  saturatedAt?: number;
  /** Utilisation below which it is free again (default 0.5; the gap keeps it from flapping). */
  freeBelow?: number;
  /** The loop's cumulative idle and active time (tests); default: this thread's event loop. */
  reading?: () => Pick<EventLoopUtilization, 'idle' | 'active'>;
}

export interface SaturationWatch {
  saturated(): boolean;
  stop(): void;
}

/**
 * Watches how busy this thread's event loop is (the share of time it spent running callbacks rather
 * than waiting for I/O) and reports when it becomes saturated and free again. The listener uses it to
 * tell the inbox thread to leave young requests for later while acknowledging takes all it has.
 */
export function watchSaturation(options: SaturationWatchOptions): SaturationWatch {
  const { onChange, intervalMs = 250, saturatedAt = 0.85, freeBelow = 0.5 } = options;
  const reading = options.reading ?? (() => performance.eventLoopUtilization());
  let last = reading();
  let saturated = false;
  const timer = setInterval(() => {
    const current = reading();
    const active = current.active - last.active;
    const total = active + current.idle - last.idle;
    last = current;
    const utilization = total > 0 ? active / total : 0;
    const next = saturated ? utilization >= freeBelow : utilization >= saturatedAt;
    if (next !== saturated) {
      saturated = next;
      onChange(saturated);
    }
  }, intervalMs);
  timer.unref();
  return { saturated: () => saturated, stop: () => clearInterval(timer) };
}
