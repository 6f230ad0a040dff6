import { fork } from 'node:child_process';
import path from 'node:path';

export type FakePlatformRequest = { type: 'count' } | { type: 'clear' };
export type FakePlatformReply = { type: 'ready'; apiUrl: string; responseUrl: string } | { type: 'count'; count: number };

export interface FakePlatform {
  /** Slack: the Web API base URL; Teams: the connector's serviceUrl. */
  apiUrl: string;
  /** Slack: a response_url; Teams: the serviceUrl. */
  responseUrl: string;
  /** Answers the bot posted (Slack: response_url posts; Teams: messages) since the last clear. */
  answers(): Promise<number>;
  clear(): Promise<void>;
  stop(): void;
}

/** Starts the fake Slack (`team`) or Bot Connector in a child process (bench/fakePlatformChild.ts). */
export function startFakePlatform(kind: 'slack' | 'teams', team = ''): Promise<FakePlatform> {
  const child = fork(path.join(import.meta.dirname, 'fakePlatformChild.ts'), [kind, team], { execArgv: ['--import', 'tsx'] });
  const next = () => new Promise<FakePlatformReply>((resolve) => child.once('message', (msg: FakePlatformReply) => resolve(msg)));
  const count = async (request: FakePlatformRequest) => {
    const reply = next();
    child.send(request);
    const msg = await reply;
    return msg.type === 'count' ? msg.count : 0;
  };
  return next().then((ready) => {
    if (ready.type !== 'ready') throw new Error('fake platform did not start');
    return {
      apiUrl: ready.apiUrl,
      responseUrl: ready.responseUrl,
      answers: () => count({ type: 'count' }),
      clear: async () => void (await count({ type: 'clear' })),
      stop: () => child.disconnect(),
    };
  });
}
