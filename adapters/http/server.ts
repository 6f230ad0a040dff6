import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Db } from '../../src/db/client';
import type { Logger } from '../../src/logger';

import type { MountRoutes } from '../../src/platform/chatPlatform';

export type { MountRoutes } from '../../src/platform/chatPlatform';

export interface HttpServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * The bot's one HTTP server: each platform's routes plus `/healthz`, which answers 200 when the
 * database answers and 503 otherwise (for load balancers and container probes).
 */
export async function startHttpServer(options: { port: number; host?: string; db: Db; logger: Logger; mounts: MountRoutes[] }): Promise<HttpServer> {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', async (_req, res) => {
    try {
      await options.db.tenant.count();
      res.json({ status: 'ok', database: 'ok' });
    } catch (error) {
      options.logger.error({ err: error }, 'health check: database unreachable');
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });
  for (const mount of options.mounts) mount(app);
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
