/** Escapes text for Slack's mrkdwn: only `&`, `<` and `>` are special (https://docs.slack.dev/messaging/formatting-message-text). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Bold in mrkdwn; asterisks inside would end it early, so they are replaced by a look-alike. */
export function bold(text: string): string {
  const inner = escapeMrkdwn(text).replace(/\*/g, '∗').trim();
  return inner === '' ? '' : `*${inner}*`;
}
