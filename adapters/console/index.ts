import type { Bot } from '../../src/bot/bot';
import type { Locale, Translate } from '../../src/i18n';
import type { ChatPlatform, InboundEndpoint } from '../../src/platform/chatPlatform';
import { runConsoleChat } from './consoleChat';
import { CONSOLE_LIMITS, createConsoleOutgoingPort } from './outgoingPort';

export interface ConsoleAdapterOptions {
  bot: Bot;
  tenantSlug: string;
  /** E-mail of the person the console speaks as; `/als <e-mail>` switches. */
  userEmail: string;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Interactive terminal: prompt and colours. Piped input: each command echoed, then its reply. */
  interactive: boolean;
  t: Translate;
  /** The terminal's language (LANG): the bot answers in it unless the person chose their own. */
  locale?: Locale;
}

/** The console as a ChatPlatform: `inbound.run` reads commands until the input ends. */
export interface ConsoleAdapter extends ChatPlatform {
  readonly name: 'console';
  readonly inbound: InboundEndpoint & Required<Pick<InboundEndpoint, 'run'>>;
}

/**
 * The smallest platform: text in from a terminal or a pipe, the core's answers and the outbox's
 * posts out as terminal text. No verification (whoever runs it is the operator) and no inbox (each
 * line is answered before the next is read).
 */
export function createConsoleAdapter(options: ConsoleAdapterOptions): ConsoleAdapter {
  let running: Promise<void> | undefined;
  return {
    name: 'console',
    limits: CONSOLE_LIMITS,
    inbound: {
      run: () => (running = runConsoleChat(options)),
      settled: async () => {
        await running;
      },
      stop: async () => {
        await running;
      },
    },
    outgoing: createConsoleOutgoingPort(options.output, options.t, options.interactive),
  } satisfies ConsoleAdapter;
}
