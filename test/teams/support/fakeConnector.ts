import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  kind: 'send' | 'reply' | 'update' | 'create' | 'roster';
  conversationId: string;
  /** replyToId for replies, the activity id for updates. */
  activityId?: string;
  body: Record<string, unknown>;
  authorization?: string;
}

/** An error the fake answers a post with, as the Bot Connector does (e.g. 403 BotNotInConversationRoster). */
export interface ConnectorFailure {
  status: number;
  code?: string;
  retryAfterSeconds?: number;
}

export interface RosterMember {
  id: string;
  aadObjectId: string;
  name: string;
  email?: string;
  userPrincipalName?: string;
}

/**
 * A local stand-in for the Bot Connector service Teams runs at `serviceUrl`: records what the bot
 * posts and answers member (roster) lookups from `roster`. Posts fail as scripted: the next ones
 * with `failNext`, all with `failAll` (each failed post is recorded in `failed`, not in `calls`).
 */
export async function startFakeConnector() {
  const calls: RecordedCall[] = [];
  const failed: (RecordedCall & { status: number })[] = [];
  const script: ConnectorFailure[] = [];
  let always: ConnectorFailure | undefined;
  const roster = new Map<string, RosterMember>();
  let next = 1;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      const parts = (req.url ?? '').split('?')[0]!.split('/').filter(Boolean).map(decodeURIComponent);
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(payload));
      };
      const authorization = req.headers.authorization;
      // /v3/conversations[/{id}[/activities[/{activityId}] | /members/{userId}]]
      if (parts[0] !== 'v3' || parts[1] !== 'conversations') return send(404, { error: 'not found' });
      const conversationId = parts[2];
      if (req.method === 'POST' && !conversationId) {
        calls.push({ kind: 'create', conversationId: '', body, authorization });
        return send(201, { id: `a:created-${next}`, activityId: `act-${next++}` });
      }
      if (req.method === 'GET' && parts[3] === 'members' && parts[4]) {
        calls.push({ kind: 'roster', conversationId: conversationId!, activityId: parts[4], body: {}, authorization });
        const member = roster.get(parts[4]);
        return member ? send(200, { ...member, objectId: member.aadObjectId, tenantId: 'roster' }) : send(404, { error: { code: 'MemberNotFoundInConversation' } });
      }
      if (parts[3] === 'activities' && req.method === 'POST') {
        const failure = script.shift() ?? always;
        if (failure) {
          failed.push({ kind: parts[4] ? 'reply' : 'send', conversationId: conversationId!, activityId: parts[4], body, authorization, status: failure.status });
          if (failure.retryAfterSeconds !== undefined) res.setHeader('retry-after', String(failure.retryAfterSeconds));
          return send(failure.status, { error: { code: failure.code ?? 'ServiceError', message: `scripted ${failure.status}` } });
        }
        calls.push({ kind: parts[4] ? 'reply' : 'send', conversationId: conversationId!, activityId: parts[4], body, authorization });
        return send(200, { id: `act-${next++}` });
      }
      if (parts[3] === 'activities' && req.method === 'PUT') {
        calls.push({ kind: 'update', conversationId: conversationId!, activityId: parts[4], body, authorization });
        return send(200, { id: parts[4] });
      }
      return send(404, { error: 'not found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    failed,
    roster,
    failNext: (...failures: ConnectorFailure[]) => void script.push(...failures),
    failAll: (failure: ConnectorFailure | undefined) => void (always = failure),
    /** Messages the bot posted (replies and sends), typing indicators excluded. */
    messages: () => calls.filter((c) => (c.kind === 'send' || c.kind === 'reply') && c.body.type === 'message'),
    clear: () => void calls.splice(0),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeConnector = Awaited<ReturnType<typeof startFakeConnector>>;
