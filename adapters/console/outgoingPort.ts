import type { Translate } from '../../src/i18n';
import type { OutgoingPort } from '../../src/outbox/outgoingPort';
import type { PlatformLimits } from '../../src/platform/limits';
import { renderText } from './renderText';

/** A terminal takes any length at any pace; images are shown as their alt text. */
export const CONSOLE_LIMITS: PlatformLimits = {
  blocksPerMessage: Number.POSITIVE_INFINITY,
  charactersPerSection: Number.POSITIVE_INFINITY,
  bytesPerMessage: Number.POSITIVE_INFINITY,
  minIntervalMs: 0,
  supports: { update: true, thread: true, image: false, directMessage: true },
};

/**
 * The console's outgoing side: what the outbox delivers to platform `console` is written to the
 * terminal, headed by where it went. A post's id is its outbox id (unique, so updates and replies
 * name it); a person's direct chat is `@<their console id>` (the e-mail address they write as).
 */
export function createConsoleOutgoingPort(output: NodeJS.WritableStream, t: Translate, color = false): OutgoingPort {
  const write = (heading: string, body: string) => output.write(`${heading}\n${body}\n\n`);
  return {
    platform: 'console',
    limits: CONSOLE_LIMITS,
    async send(m) {
      const heading = m.threadOf ? t('cli:consoleReplied', { conversation: m.conversationId, thread: m.threadOf }) : t('cli:consolePosted', { conversation: m.conversationId });
      write(heading, renderText(m.message, color));
      return { kind: 'sent', externalId: m.outboxId };
    },
    async update(m) {
      write(t('cli:consoleUpdated', { conversation: m.conversationId, message: m.externalId }), renderText(m.message, color));
      return { kind: 'sent', externalId: m.externalId };
    },
    async openDirect(recipient) {
      return { kind: 'opened', conversationId: `@${recipient.platformUserId}` };
    },
  };
}
