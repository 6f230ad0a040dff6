import type { Runtime } from '../../src/app/runtime';
import type { OutgoingPort } from '../../src/outbox/outgoingPort';
import { createPlatformStores } from '../../src/platform/stores';
import { connectSlack } from '../slack/connection';
import { connectTeams } from '../teams/connection';
import { configuredPlatforms } from './platforms';

/**
 * The outgoing ports of the configured platforms, for operator commands that post: only what talks
 * to the platforms' APIs, no listeners and no inbox workers (chat requests are the bot's to answer).
 */
export async function platformPorts(runtime: Runtime): Promise<OutgoingPort[]> {
  const { config, db, logger, clock } = runtime;
  const stores = createPlatformStores(db, clock);
  const ports: OutgoingPort[] = [];
  const platforms = configuredPlatforms(config);
  if (platforms.slack) ports.push((await connectSlack({ bindings: stores.bindings, clock, config, logger: logger.child({ platform: 'slack' }) })).outgoing);
  if (platforms.teams) ports.push(connectTeams({ conversations: stores.conversations, config }).outgoing);
  return ports;
}
