import type { Runtime } from '../../src/app/runtime';
import type { OutgoingPort } from '../../src/outbox/outgoingPort';
import { connectSlack } from '../slack/connection';
import { connectTeams } from '../teams/connection';

/**
 * The outgoing ports of the configured platforms, for operator commands that post: only what talks
 * to the platforms' APIs, no listeners and no inbox workers (chat requests are the bot's to answer).
 */
export async function platformPorts(runtime: Runtime): Promise<OutgoingPort[]> {
  const { config, db, logger } = runtime;
  const ports: OutgoingPort[] = [];
  if (config.slackConfigured) ports.push((await connectSlack({ db, config, logger: logger.child({ platform: 'slack' }) })).outgoing);
  if (config.teamsConfigured) ports.push(connectTeams({ db, config }).outgoing);
  return ports;
}
