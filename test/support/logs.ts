import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logger';

/** A real pino logger whose JSON lines are kept for assertions; `onFirstLine` is told of the first one. */
export function capturingLogger(level = 'info', onFirstLine?: () => void): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      if (chunks.length === 1) onFirstLine?.();
      done();
    },
  });
  return {
    logger: createLogger(level, sink),
    lines: () => chunks.join('').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
