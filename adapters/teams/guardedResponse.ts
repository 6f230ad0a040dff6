import type { Response } from 'express';
import type { Logger } from '../../src/logger';
import { SIGNING_KEYS_UNAVAILABLE } from './signingKeys';

/** Seconds a Bot Connector should wait before sending again while the signing keys cannot be had. */
const RETRY_AFTER_SECONDS = 30;

/**
 * The response object CloudAdapter.process writes to. Successful answers (invoke responses
 * included) pass through; for its failures botbuilder writes the internal error's text as the body
 * (e.g. why the signing keys could not be fetched): those are answered with a fixed body instead,
 * and a failure to get the signing keys with 503 rather than 500.
 */
export function guardedResponse(res: Response, logger: Logger): Pick<Response, 'status' | 'send' | 'end' | 'header'> {
  let status = 200;
  let body: unknown;
  const guarded = {
    status(code: number) {
      status = code;
      return guarded as unknown as Response;
    },
    send(value: unknown) {
      body = value;
      return guarded as unknown as Response;
    },
    header(name: string, value?: string | string[]) {
      res.header(name, value);
      return guarded as unknown as Response;
    },
    end() {
      if (res.headersSent) return guarded as unknown as Response;
      if (status < 400) {
        res.status(status);
        if (body === undefined) res.end();
        else res.send(body);
      } else if (status === 401) {
        res.status(401).json({ error: 'unauthorized' });
      } else if (body === SIGNING_KEYS_UNAVAILABLE) {
        res.status(503).header('retry-after', String(RETRY_AFTER_SECONDS)).json({ error: 'authentication temporarily unavailable' });
      } else {
        logger.error({ status, detail: body }, 'Teams: botbuilder failed a request');
        res.status(status >= 500 ? 500 : status).json({ error: status >= 500 ? 'internal error' : 'bad request' });
      }
      return guarded as unknown as Response;
    },
  };
  return guarded as unknown as Pick<Response, 'status' | 'send' | 'end' | 'header'>;
}
