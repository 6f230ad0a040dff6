import { startBackgroundServices } from '../../src/app/backgroundServices';
import type { Runtime } from '../../src/app/runtime';
import type { OutgoingPort } from '../../src/outbox/outgoingPort';
import { createBot } from '../../src/bot/bot';
import { startHttpServer, type MountRoutes } from '../http/server';
import { createSlackAdapter } from '../slack';
import { createTeamsAdapter } from '../teams';
import { startInboxThread, type InboxThread } from './inboxThread';

/** Runs the bot's HTTP server with every configured platform until SIGINT/SIGTERM. */
export async function serve(runtime: Runtime): Promise<void> {
  const { config, db, logger, clock } = runtime;
  const bot = createBot({ db, clock, logger });
  const mounts: MountRoutes[] = [];
  const ports: OutgoingPort[] = [];
  const stops: (() => Promise<void>)[] = [];
  // The listener only stores and acknowledges chat requests; the inbox thread works them off on its own event loop.
  const inbox: InboxThread = await startInboxThread({ logger });
  const wakeInbox = () => inbox.wake();
  if (config.slackConfigured) {
    const slack = await createSlackAdapter({ bot, db, config, logger, clock, inbox: { worker: false, onStored: wakeInbox } });
    mounts.push(slack.inbound.routes);
    ports.push(slack.outgoing);
    stops.push(() => slack.inbound.stop());
  }
  if (config.teamsConfigured) {
    const teams = createTeamsAdapter({ bot, db, config, logger, clock, inbox: { worker: false, onStored: wakeInbox } });
    mounts.push(teams.inbound.routes);
    ports.push(teams.outgoing);
    stops.push(() => teams.inbound.stop());
    await teams.ready;
  }
  const server = await startHttpServer({ port: config.port, db, logger, mounts });
  const background = await startBackgroundServices(runtime, ports);
  logger.info({ port: server.port, slack: config.slackConfigured, teams: config.teamsConfigured }, 'bot started');
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  logger.info('shutting down');
  await server.close();
  await background.stop();
  await inbox.stop();
  for (const stop of stops) await stop();
}
