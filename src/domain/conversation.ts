/** Where a message was written: a channel or group chat can subscribe to posts, a personal chat cannot. */
export interface Conversation {
  id: string;
  /** Slack team id / Teams tenant id the conversation lives in. */
  workspaceId: string;
  kind: 'personal' | 'channel' | 'group';
  name?: string;
}
