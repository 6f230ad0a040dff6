import { startBackgroundServices } from '../../src/app/backgroundServices';
import type { Runtime } from '../../src/app/runtime';
import type { OutgoingPort } from '../../src/outbox/outgoingPort';
import { createBot } from '../../src/bot/bot';
import { createPlatformStores } from '../../src/platform/stores';
import { startHttpServer, type MountRoutes } from '../http/server';
import { createSlackAdapter } from '../slack';
import { createTeamsAdapter } from '../teams';
import { startInboxThread } from './inboxThread';
import { configuredPlatforms } from './platforms';
import { stopParts, type Part } from './stopParts';

/** How long a shutdown may take (finishing the requests in work, giving claims back, closing pools) before the process ends anyway. */
export const SHUTDOWN_MS = 5_000;

/**
 * Runs the bot's HTTP server with every configured platform until SIGINT/SIGTERM. A part that fails
 * to start stops the parts started before it and the error ends the start (the caller exits
 * non-zero). A shutdown stops the parts in reverse order and closes the database connections
 * within SHUTDOWN_MS in all; what has not finished by then (e.g. a pool whose database stopped
 * answering) is named in the log and the process exits with status 1 (claims it did not give back
 * are taken over after their lease), so a signal always ends the process.
 */
export async function serve(runtime: Runtime): Promise<void> {
  const { config, db, logger, clock } = runtime;
  // Listened for from the start: a signal while starting ends the bot once it has started. Kept
  // listening (not once): with no listener left, a repeated signal — or a library re-raising it —
  // would kill the process in the middle of its bounded shutdown.
  const signalled = new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => resolve());
  });
  const bot = createBot({ db, clock, logger });
  const stores = createPlatformStores(db, clock);
  const mounts: MountRoutes[] = [];
  const ports: OutgoingPort[] = [];
  /** What was started, stopped in reverse order (by name, to say what did not stop). */
  const started: Part[] = [];
  const stopAll = () => stopParts([...started.reverse(), { name: 'database connections', stop: () => runtime.close() }], SHUTDOWN_MS, logger);
  try {
    // The listener only stores and acknowledges chat requests; the inbox thread works them off on its own event loop.
    const inbox = await startInboxThread({ logger });
    started.push({ name: 'inbox thread', stop: () => inbox.stop() });
    const wakeInbox = () => inbox.wake();
    const platforms = configuredPlatforms(config);
    if (platforms.slack) {
      const slack = await createSlackAdapter({ bot, stores, config, logger, clock, inbox: { worker: false, onStored: wakeInbox } });
      started.push({ name: 'slack listener', stop: () => slack.inbound.stop() });
      mounts.push(slack.inbound.routes);
      ports.push(slack.outgoing);
    }
    if (platforms.teams) {
      const teams = createTeamsAdapter({ bot, stores, config, logger, clock, inbox: { worker: false, onStored: wakeInbox } });
      started.push({ name: 'teams listener', stop: () => teams.inbound.stop() });
      mounts.push(teams.inbound.routes);
      ports.push(teams.outgoing);
      await teams.ready;
    }
    const server = await startHttpServer({ port: config.port, stores, logger, mounts, clock });
    started.push({ name: 'http server', stop: () => server.close() });
    const background = await startBackgroundServices(runtime, ports);
    started.push({ name: 'scheduler and outbox', stop: () => background.stop() });
    logger.info({ port: server.port, slack: Boolean(platforms.slack), teams: Boolean(platforms.teams) }, 'bot started');
  } catch (error) {
    await stopAll();
    throw error;
  }
  await signalled;
  logger.info('shutting down');
  const notStopped = await stopAll();
  if (notStopped.length > 0) {
    // Whatever still waits on a database that does not answer keeps no one waiting: end now.
    process.exit(1);
  }
}
