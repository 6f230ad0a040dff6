import { translator } from '../../src/i18n';
import { message, type Message } from '../../src/messages/model';

/** The answer in a workspace no municipality is bound to; its language is unknown, so German, then English. */
export function unknownWorkspaceMessage(team: string): Message {
  const de = translator('de')('slack:unknownWorkspace', { team });
  const en = translator('en')('slack:unknownWorkspace', { team });
  return message(de, [
    { type: 'text', text: de, tone: 'warning' },
    { type: 'context', text: en },
  ]);
}
