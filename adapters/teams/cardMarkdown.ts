// Characters that start Markdown in an Adaptive Card's TextBlock and FactSet: emphasis, links, code.
const INLINE = /[\\*_[\]`~]/g;
// Lines that would become a list, a heading or a quote.
const LINE_START = /^(\s*)([-+#>]|\d+\.)(?=\s)/gm;

/**
 * Escapes user text (notes, titles, names) for the Markdown subset Adaptive Cards render, as
 * escapeMrkdwn does for Slack: `[Hier klicken](https://…)` shows as typed, not as a link whose
 * text hides where it goes, and `**` stays two asterisks.
 */
export function escapeCardMarkdown(text: string): string {
  return text.replace(INLINE, (char) => `\\${char}`).replace(LINE_START, (_, space: string, marker: string) => `${space}${marker.replace(/([-+#>.])$/, '\\$1')}`);
}
