import type { Activity } from 'botbuilder';
import { COMMAND_SPECS } from '../../src/commands';
import { spellingsOf, normalizeWord } from '../../src/commands/normalizeWord';
import { LOG_PROGRESS_FORM, RECORD_KPI_FORM, type FormId } from '../../src/forms/formIds';

const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'" };

/**
 * The chat-language line of a Teams message: mentions (`<at>Bot</at>`) removed — in channels the bot
 * is only called with one — and the little HTML Teams leaves in plain text undone.
 */
export function commandText(activity: Partial<Activity>): string {
  let text = activity.text ?? '';
  text = text.replace(/<at>[^<]*<\/at>/gi, ' ');
  text = text.replace(/<br\s*\/?>/gi, '\n').replace(/<\/?(p|div|span)[^>]*>/gi, ' ');
  text = text.replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/g, (entity) => ENTITIES[entity] ?? entity);
  return text.replace(/\u00a0/g, ' ').trim();
}

const FORM_OF_COMMAND: Partial<Record<string, FormId>> = { logProgress: LOG_PROGRESS_FORM, recordKpiValue: RECORD_KPI_FORM };

const FORM_WORDS = new Map<string, FormId>(
  COMMAND_SPECS.flatMap((spec) => {
    const form = FORM_OF_COMMAND[spec.name];
    if (!form) return [];
    return Object.values(spec.words).flatMap((words) => words.flatMap((word) => spellingsOf(word).map((s) => [s, form] as const)));
  }),
);

/** `fortschritt` or `kennzahl` alone (any language, any spelling) asks for the form card. */
export function formShortcut(text: string): FormId | undefined {
  const words = text.trim().split(/\s+/);
  if (words.length !== 1 || !words[0]) return undefined;
  return FORM_WORDS.get(normalizeWord(words[0]));
}
