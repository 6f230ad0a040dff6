import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made to the fake Slack: a Web API method or a post to a response_url. */
export interface RecordedCall {
  method: string;
  token?: string;
  args: Record<string, unknown>;
}

export interface FakeUser {
  email?: string;
  confirmed?: boolean;
  deleted?: boolean;
  isBot?: boolean;
  /** The language the user set in Slack (`en-US`), returned with include_locale. */
  locale?: string;
}

export interface FakeSlackOptions {
  teamId: string;
  teamName?: string;
  botUserId?: string;
  users?: Record<string, FakeUser>;
}

/**
 * A local stand-in for Slack's Web API (`slackApiUrl`) and for response_url endpoints. It answers
 * the methods the adapter calls in the shapes Slack documents and records every call.
 */
export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  /** Files uploaded through files.uploadV2 (getUploadURLExternal, the upload, completeUploadExternal), with the bytes sent. */
  readonly uploads: { id: string; filename: string; altText?: string; body: Buffer; completed: boolean }[] = [];
  private server?: http.Server;
  url = '';
  /** Methods that answer with an error (e.g. `{ 'views.open': 'expired_trigger_id' }`). */
  failures: Record<string, string> = {};
  /** Called when a post to a response_url arrives, before it is answered (e.g. to end the poster). */
  onResponse?: (path: string) => void;
  /** The HTTP status response_url posts get (recorded with each post as `status`). */
  responseStatus = 200;

  constructor(readonly options: FakeSlackOptions) {}

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.url}/response/${id}`;
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Listens on `port` (a free one when 0). */
  async start(port = 0): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://fake');
        if (url.pathname.startsWith('/upload/')) {
          const upload = this.uploads.find((u) => u.id === url.pathname.slice('/upload/'.length));
          if (upload) upload.body = Buffer.concat(chunks);
          res.writeHead(upload ? 200 : 404, { 'content-type': 'text/plain' }).end(upload ? 'OK' : 'no such upload');
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const args = parseBody(raw, req.headers['content-type'] ?? '');
        const token = (req.headers.authorization ?? '').replace(/^Bearer /, '') || (args.token as string | undefined);
        if (url.pathname.startsWith('/response/')) {
          this.calls.push({ method: 'response_url', args: { ...args, url: url.pathname, status: this.responseStatus } });
          this.onResponse?.(url.pathname);
          res.writeHead(this.responseStatus, { 'content-type': 'text/plain' }).end(this.responseStatus === 200 ? 'ok' : 'unavailable');
          return;
        }
        const method = url.pathname.replace(/^\/api\//, '');
        this.calls.push({ method, token, args });
        const body = this.failures[method] ? { ok: false, error: this.failures[method] } : this.answer(method, args);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const { teamId, teamName = 'Kleinstadt', botUserId = 'UBOT' } = this.options;
    switch (method) {
      case 'auth.test':
        return { ok: true, url: `https://${teamName.toLowerCase()}.slack.com/`, team: teamName, user: 'v2030', team_id: teamId, user_id: botUserId, bot_id: 'BBOT', is_enterprise_install: false };
      case 'chat.postMessage':
        return { ok: true, channel: args.channel, ts: `${Date.now() / 1000}`, message: { text: args.text, type: 'message', subtype: 'bot_message', bot_id: 'BBOT' } };
      case 'files.getUploadURLExternal': {
        const id = `F${String(this.uploads.length + 1).padStart(4, '0')}`;
        this.uploads.push({ id, filename: String(args.filename), altText: args.alt_text as string | undefined, body: Buffer.alloc(0), completed: false });
        return { ok: true, upload_url: `${this.url}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        const files = (args.files as { id: string; title?: string }[]).map((f) => {
          const upload = this.uploads.find((u) => u.id === f.id);
          if (upload) upload.completed = true;
          return { id: f.id, title: f.title };
        });
        return { ok: true, files };
      }
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users)}` } };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${Date.now() / 1000}` };
      case 'views.open':
      case 'views.update':
      case 'views.publish': {
        const view = args.view as Record<string, unknown>;
        return { ok: true, view: { id: `V${this.calls.length}`, team_id: teamId, hash: '1.abc', ...view } };
      }
      case 'users.info': {
        const user = this.options.users?.[String(args.user)];
        if (!user) return { ok: false, error: 'user_not_found' };
        return {
          ok: true,
          user: {
            id: args.user,
            team_id: teamId,
            name: String(args.user).toLowerCase(),
            deleted: user.deleted ?? false,
            is_bot: user.isBot ?? false,
            is_email_confirmed: user.confirmed ?? true,
            profile: { email: user.email, real_name: String(args.user) },
            ...(args.include_locale && user.locale ? { locale: user.locale } : {}),
          },
        };
      }
      case 'oauth.v2.access':
        return {
          ok: true,
          access_token: 'xoxb-installed-token',
          token_type: 'bot',
          scope: 'commands,chat:write,users:read,users:read.email',
          bot_user_id: botUserId,
          app_id: 'A0001',
          team: { id: teamId, name: teamName },
          enterprise: null,
          is_enterprise_install: false,
          authed_user: { id: 'UADMIN' },
        };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return out;
}
