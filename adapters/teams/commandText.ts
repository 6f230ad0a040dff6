import type { Activity } from 'botbuilder';

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
