import type { Logger } from '../../src/logger';
import { within } from '../slack/background';

/** A running part of the bot and how to stop it. */
export interface Part {
  name: string;
  stop(): Promise<void>;
}

/**
 * Stops the parts one after another, all within `boundMs`: a part that has not stopped when the
 * time is up is left running, and the next ones are asked to stop all the same. Returns the names of the parts that did not stop (failed or too slow) and
 * logs them in one line.
 */
export async function stopParts(parts: readonly Part[], boundMs: number, logger: Logger): Promise<string[]> {
  const deadline = performance.now() + boundMs;
  const notStopped: string[] = [];
  for (const part of parts) {
    const stopping = part.stop().then(
      () => true,
      (error: unknown) => {
        logger.error({ err: error, part: part.name }, 'shutdown: a part did not stop cleanly');
        return false;
      },
    );
    const done = await within(stopping, Math.max(deadline - performance.now(), 0));
    if (!done?.value) notStopped.push(part.name);
  }
  if (notStopped.length > 0) logger.error({ boundMs, notStopped }, `shutdown: not finished within ${boundMs / 1000} s: ${notStopped.join(', ')} did not close`);
  return notStopped;
}
