import { parentPort, workerData } from 'node:worker_threads';
import { openRuntime, type Runtime } from '../../src/app/runtime';
import { createBot } from '../../src/bot/bot';
import type { InboundEndpoint } from '../../src/platform/chatPlatform';
import { createPlatformStores } from '../../src/platform/stores';
import { createSlackAdapter } from '../slack';
import { configuredPlatforms } from './platforms';
import { createTeamsAdapter } from '../teams';
import type { FromInboxThread, ToInboxThread } from './inboxThread';
import { lowerThisThreadsPriority } from './threadPriority';

/**
 * The inbox thread (started by inboxThread.ts): its own runtime (configuration, Prisma client,
 * logger), the platform adapters with their inbox workers and nothing mounted; it processes what the
 * listener stored and answers through the platforms' APIs.
 */
const port = parentPort!;
const post = (msg: FromInboxThread) => port.postMessage(msg);
const { env, concurrency } = workerData as { env: NodeJS.ProcessEnv; concurrency?: number };

let runtime: Runtime | undefined;
try {
  runtime = await openRuntime({ migrate: false, seedDemo: false }, env);
  const { config, db, clock } = runtime;
  const logger = runtime.logger.child({ thread: 'inbox' });
  lowerThisThreadsPriority(logger);
  const bot = createBot({ db, clock, logger });
  const stores = createPlatformStores(db, clock);
  let listenerSaturated = false;
  const inbox = { concurrency, deferWhile: () => listenerSaturated };
  const workers: Required<Pick<InboundEndpoint, 'wake' | 'settled' | 'stop'>>[] = [];
  const platforms = configuredPlatforms(config);
  if (platforms.slack) workers.push((await createSlackAdapter({ bot, stores, config, logger, clock, inbox })).inbound);
  if (platforms.teams) workers.push(createTeamsAdapter({ bot, stores, config, logger, clock, inbox }).inbound);
  const opened = runtime;
  port.on('message', (msg: ToInboxThread) => {
    if (msg.type === 'wake') for (const w of workers) w.wake();
    else if (msg.type === 'saturated') {
      listenerSaturated = msg.saturated;
      if (!msg.saturated) for (const w of workers) w.wake();
    }
    else if (msg.type === 'drain') void Promise.all(workers.map((w) => w.settled())).then(() => post({ type: 'drained', id: msg.id }));
    else if (msg.type === 'stop') {
      void Promise.all(workers.map((w) => w.stop()))
        .then(() => opened.close())
        .finally(() => {
          post({ type: 'stopped' });
          port.close();
        });
    }
  });
  post({ type: 'ready' });
} catch (error) {
  post({ type: 'failed', message: (error as Error).message });
  await runtime?.close();
  port.close();
}
