import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler } from 'express';
import { systemClock, type Clock } from '../../src/clock';
import type { Logger } from '../../src/logger';

import type { MountRoutes } from '../../src/platform/chatPlatform';
import type { PlatformStores } from '../../src/platform/stores';

export type { MountRoutes } from '../../src/platform/chatPlatform';

export interface HttpServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * The bot's one HTTP server: each platform's routes, `/images/<id>` (the charts Teams cards link to:
 * an unguessable id, 404 once expired), and `/healthz`, which answers 200 when the database answers
 * and the inbox is worked off, and 503 otherwise (for load balancers and container probes): also
 * when requests wait and no worker finishes any (see inboxProgress).
 */
export async function startHttpServer(options: { port: number; host?: string; stores: Pick<PlatformStores, 'inboxProgress' | 'image'>; logger: Logger; mounts: MountRoutes[]; clock?: Clock }): Promise<HttpServer> {
  const clock = options.clock ?? systemClock;
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', async (_req, res) => {
    try {
      const inbox = await options.stores.inboxProgress(clock.now());
      if (!inbox.stalled) {
        res.json({ status: 'ok', database: 'ok', inbox: 'ok' });
        return;
      }
      options.logger.error({ oldestWaitingSince: inbox.oldestWaitingSince }, 'health check: the inbox is not worked off');
      res.status(503).json({ status: 'unavailable', database: 'ok', inbox: 'stalled', oldestWaitingSince: inbox.oldestWaitingSince.toISOString() });
    } catch (error) {
      options.logger.error({ err: error }, 'health check: database unreachable');
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });
  app.get('/images/:id', async (req, res, next) => {
    try {
      const image = await options.stores.image(req.params.id, clock.now());
      if (!image) {
        res.status(404).json({ error: 'not found' });
        return;
      }
      const maxAge = Math.max(0, Math.floor((image.expiresAt.getTime() - clock.now().getTime()) / 1000));
      res.set({ 'content-type': image.contentType, 'cache-control': `private, max-age=${maxAge}`, 'x-content-type-options': 'nosniff' }).send(Buffer.from(image.bytes));
    } catch (error) {
      next(error);
    }
  });
  for (const mount of options.mounts) mount(app);
  app.use(noStackTraces(options.logger));
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  options.logger.info({ port }, 'HTTP server listening');
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/**
 * The last error handler: Express' default one answers with the error's stack (absolute paths
 * included) outside production, e.g. for a body in an unknown `content-encoding`. Callers get the
 * status and a fixed word; the error goes to the log.
 */
function noStackTraces(logger: Logger): ErrorRequestHandler {
  return (error: { status?: unknown; statusCode?: unknown }, req, res, next) => {
    if (res.headersSent) return next(error);
    const given = Number(error.status ?? error.statusCode);
    const status = given >= 400 && given < 500 ? given : 500;
    if (status === 500) logger.error({ err: error, path: req.path }, 'HTTP: request failed');
    else logger.warn({ status, reason: (error as Error).message, path: req.path }, 'HTTP: request refused');
    res.status(status).json({ error: status === 500 ? 'internal error' : 'bad request' });
  };
}
