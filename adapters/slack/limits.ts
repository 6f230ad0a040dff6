import type { PlatformLimits } from '../../src/platform/limits';

/** Slack's documented limits for Block Kit (https://docs.slack.dev/reference/block-kit/blocks). */
export const LIMITS = {
  messageBlocks: 50,
  /** Modals and App Home take up to 100 blocks. */
  viewBlocks: 100,
  sectionText: 3000,
  sectionField: 2000,
  sectionFields: 10,
  contextText: 3000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  actionsElements: 25,
  optionText: 75,
  optionValue: 150,
  selectOptions: 100,
  viewTitle: 24,
  viewSubmit: 24,
  privateMetadata: 3000,
  label: 2000,
  hint: 2000,
  fallbackText: 3000,
  imageAltText: 2000,
  imageTitle: 2000,
} as const;

/** What the core may ask of Slack (chat.postMessage: about one message per second per channel; text up to 40,000 characters). */
export const SLACK_LIMITS: PlatformLimits = {
  blocksPerMessage: LIMITS.messageBlocks,
  charactersPerSection: LIMITS.sectionText,
  bytesPerMessage: 40_000,
  minIntervalMs: 1000,
  supports: { update: true, thread: true, image: true, directMessage: true },
};

/**
 * Splits text into pieces of at most `max` characters without cutting words: at paragraph breaks
 * first, then line breaks, then spaces. Only a single "word" longer than `max` (a long URL) is cut,
 * because nothing else would fit.
 */
export function splitText(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = lastBreak(window, '\n\n', max);
    if (cut <= 0) cut = lastBreak(window, '\n', max);
    if (cut <= 0) cut = lastBreak(window, ' ', max);
    if (cut <= 0) cut = max;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces.filter((p) => p.length > 0);
}

function lastBreak(window: string, separator: string, max: number): number {
  const at = window.lastIndexOf(separator, max);
  return at;
}

/** A short label (button, option, title) that must fit: shortened at a word boundary with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > max / 2 ? room.slice(0, space) : room).trimEnd()}…`;
}

/** Packs lines into chunks of at most `max` characters (joined by `\n`), splitting an over-long line by words. */
export function packLines(lines: string[], max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of lines.flatMap((l) => splitText(l, max))) {
    const next = current === '' ? line : `${current}\n${line}`;
    if (next.length <= max) current = next;
    else {
      chunks.push(current);
      current = line;
    }
  }
  if (current !== '') chunks.push(current);
  return chunks;
}
