import pino, { type Logger } from 'pino';

export type { Logger };

/** The root logger; each request gets a child with tenant, platform and request id. */
export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino({ level, base: { app: 'v2030' } }, destination as pino.DestinationStream);
}
