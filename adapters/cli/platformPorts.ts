import type { Runtime } from '../../src/app/runtime';
import { createBot } from '../../src/bot/bot';
import type { OutgoingPort } from '../../src/outbox/outgoingPort';
import { createSlackAdapter } from '../slack';
import { createTeamsAdapter } from '../teams';

/** The outgoing ports of the configured platforms, for operator commands that post. */
export async function platformPorts(runtime: Runtime): Promise<OutgoingPort[]> {
  const { config, db, logger, clock } = runtime;
  const bot = createBot({ db, clock, logger });
  const ports: OutgoingPort[] = [];
  if (config.slackConfigured) ports.push((await createSlackAdapter({ bot, db, config, logger, clock })).outgoing);
  if (config.teamsConfigured) ports.push(createTeamsAdapter({ bot, db, config, logger, clock }).outgoing);
  return ports;
}
