/**
 * The platform's servers of a benchmark in a process of their own (bench/fakePlatform.ts): the fake
 * Slack Web API and response_url, or the fake Bot Connector. On the real platforms these run on
 * Slack's and Microsoft's machines, so they take no CPU time from the bot's event loop here either.
 */
import { FakeSlack } from '../test/slack/fakeSlack';
import { startFakeConnector } from '../test/teams/support/fakeConnector';
import type { FakePlatformReply, FakePlatformRequest } from './fakePlatform';

const kind = process.argv[2];
const send = (msg: FakePlatformReply) => process.send!(msg);

if (kind === 'slack') {
  const slack = new FakeSlack({ teamId: process.argv[3]! });
  await slack.start();
  send({ type: 'ready', apiUrl: slack.apiUrl, responseUrl: slack.responseUrl('bench') });
  process.on('message', (msg: FakePlatformRequest) => {
    if (msg.type === 'count') send({ type: 'count', count: slack.callsOf('response_url').length });
    else if (msg.type === 'clear') send({ type: 'count', count: slack.calls.splice(0).length });
  });
} else {
  const connector = await startFakeConnector();
  send({ type: 'ready', apiUrl: connector.url, responseUrl: connector.url });
  process.on('message', (msg: FakePlatformRequest) => {
    if (msg.type === 'count') send({ type: 'count', count: connector.messages().length });
    else if (msg.type === 'clear') send({ type: 'count', count: connector.calls.splice(0).length });
  });
}
process.on('disconnect', () => process.exit(0));
