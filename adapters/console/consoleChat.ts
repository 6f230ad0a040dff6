import crypto from 'node:crypto';
import readline from 'node:readline';
import type { ConsoleAdapterOptions } from './index';
import { renderText } from './renderText';

const SWITCH_USER = /^\/(als|as)\s+(\S+)$/i;
const QUIT = /^\/(ende|exit|quit)$/i;

/** The console chat: one command per line, each answered before the next is read. Resolves at end of input. */
export async function runConsoleChat(options: ConsoleAdapterOptions): Promise<void> {
  const { bot, output, t } = options;
  let user = options.userEmail;
  const rl = readline.createInterface({ input: options.input, output: options.interactive ? output : undefined, terminal: options.interactive });
  const prompt = () => {
    if (!options.interactive) return;
    rl.setPrompt(`${user}> `);
    rl.prompt();
  };
  const write = (text: string) => output.write(`${text}\n`);

  if (options.interactive) write(t('cli:consoleWelcome', { user }));
  prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) {
      prompt();
      continue;
    }
    if (!options.interactive) write(`${user}> ${line}`);
    if (QUIT.test(line)) break;
    const switchTo = SWITCH_USER.exec(line);
    if (switchTo) {
      user = switchTo[2]!.toLowerCase();
      write(t('cli:consoleSwitched', { user }));
    } else {
      const reply = await bot.handleText({
        platform: 'console',
        tenant: { slug: options.tenantSlug },
        userId: user,
        text: line,
        requestId: crypto.randomUUID().slice(0, 8),
        locale: options.locale,
      });
      write(renderText(reply, options.interactive));
    }
    write('');
    prompt();
  }
  rl.close();
}
