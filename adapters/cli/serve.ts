import { startBackgroundServices } from '../../src/app/backgroundServices';
import type { Runtime } from '../../src/app/runtime';
import type { OutgoingPort } from '../../src/outbox/outgoingPort';
import { createBot } from '../../src/bot/bot';
import { createPlatformStores } from '../../src/platform/stores';
import { startHttpServer, type MountRoutes } from '../http/server';
import { createSlackAdapter } from '../slack';
import { within } from '../slack/background';
import { createTeamsAdapter } from '../teams';
import { startInboxThread } from './inboxThread';
import { configuredPlatforms } from './platforms';

/** How long a shutdown may take (finishing the requests in work, giving claims back, closing pools) before the process ends anyway. */
export const SHUTDOWN_MS = 20_000;

/**
 * Runs the bot's HTTP server with every configured platform until SIGINT/SIGTERM. A part that fails
 * to start stops the parts started before it and the error ends the start (the caller exits
 * non-zero); a shutdown that has not finished within SHUTDOWN_MS is given up (what it did not give
 * back is taken over after the claims' lease), so a signal always ends the process.
 */
export async function serve(runtime: Runtime): Promise<void> {
  const { config, db, logger, clock } = runtime;
  const bot = createBot({ db, clock, logger });
  const stores = createPlatformStores(db, clock);
  const mounts: MountRoutes[] = [];
  const ports: OutgoingPort[] = [];
  /** What was started, stopped in reverse order. */
  const started: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of started.reverse()) {
      await stop().catch((error: unknown) => logger.error({ err: error }, 'shutdown: a part did not stop cleanly'));
    }
  };
  try {
    // The listener only stores and acknowledges chat requests; the inbox thread works them off on its own event loop.
    const inbox = await startInboxThread({ logger });
    started.push(() => inbox.stop());
    const wakeInbox = () => inbox.wake();
    const platforms = configuredPlatforms(config);
    if (platforms.slack) {
      const slack = await createSlackAdapter({ bot, stores, config, logger, clock, inbox: { worker: false, onStored: wakeInbox } });
      started.push(() => slack.inbound.stop());
      mounts.push(slack.inbound.routes);
      ports.push(slack.outgoing);
    }
    if (platforms.teams) {
      const teams = createTeamsAdapter({ bot, stores, config, logger, clock, inbox: { worker: false, onStored: wakeInbox } });
      started.push(() => teams.inbound.stop());
      mounts.push(teams.inbound.routes);
      ports.push(teams.outgoing);
      await teams.ready;
    }
    const server = await startHttpServer({ port: config.port, stores, logger, mounts, clock });
    started.push(() => server.close());
    const background = await startBackgroundServices(runtime, ports);
    started.push(() => background.stop());
    logger.info({ port: server.port, slack: Boolean(platforms.slack), teams: Boolean(platforms.teams) }, 'bot started');
  } catch (error) {
    await within(stopAll(), SHUTDOWN_MS);
    throw error;
  }
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  logger.info('shutting down');
  if (!(await within(stopAll(), SHUTDOWN_MS))) logger.error({ boundMs: SHUTDOWN_MS }, 'shutdown: not finished in time; ending anyway');
}
