import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A file uploaded through files.uploadV2 (getUploadURLExternal, the upload, completeUploadExternal). */
export interface UploadedFile {
  id: string;
  filename: string;
  /** The raw body of the upload request (the file's bytes as the client sent them). */
  body: Buffer;
  title?: string;
  altText?: string;
  completed: boolean;
}

export interface PostedMessage {
  ts: string;
  channel: string;
  text: string;
  blocks: unknown[];
  metadata?: { event_type: string; event_payload: { outbox_id: string; page: number } };
  at: number;
}

/** A scripted answer for the next chat.postMessage call. */
export type Scripted =
  | { status: 429; retryAfterSeconds: number }
  | { status: 500 }
  | { error: string }
  /** Posts the message, then drops the connection: the answer never comes. */
  | { dropAfterPosting: true };

/**
 * A local Slack Web API for channels: chat.postMessage (stored with metadata, one message per second
 * per channel enforced with 429 + Retry-After like Slack), conversations.history (with metadata),
 * scripted failures, removed channels, an answer delay, and file uploads (files.uploadV2's three steps).
 */
export class FakeSlackChannels {
  readonly posted: PostedMessage[] = [];
  readonly uploads: UploadedFile[] = [];
  readonly rejected: { channel: string; at: number; status: number }[] = [];
  readonly script: Scripted[] = [];
  readonly removedChannels = new Set<string>();
  answerDelayMs = 0;
  enforceRateLimit = true;
  /** How many of the next conversations.history calls fail with HTTP 500. */
  historyFailures = 0;
  /** What the rate limit and the recorded times are measured with (tests drive it with the worker's clock). */
  now: () => number = () => Date.now();
  private server?: http.Server;
  private readonly lastPost = new Map<string, number>();
  private counter = 0;
  url = '';

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  postsTo(channel: string): PostedMessage[] {
    return this.posted.filter((p) => p.channel === channel);
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        if ((req.url ?? '').startsWith('/upload/')) return this.receiveUpload(req.url!.slice('/upload/'.length), raw, res);
        const args = parse(raw.toString('utf8'), req.headers['content-type'] ?? '');
        const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0];
        setTimeout(() => this.answer(method!, args, res), this.answerDelayMs);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private receiveUpload(id: string, body: Buffer, res: http.ServerResponse): void {
    const upload = this.uploads.find((u) => u.id === id);
    if (upload) upload.body = body;
    res.writeHead(upload ? 200 : 404, { 'content-type': 'text/plain' }).end(upload ? 'OK - ' + body.length : 'no such upload');
  }

  private answer(method: string, args: Record<string, unknown>, res: http.ServerResponse): void {
    const json = (status: number, body: object, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    const channel = String(args.channel);
    if (method === 'files.getUploadURLExternal') {
      const id = `F${String(this.uploads.length + 1).padStart(4, '0')}`;
      this.uploads.push({ id, filename: String(args.filename), body: Buffer.alloc(0), altText: args.alt_text as string | undefined, completed: false });
      return json(200, { ok: true, upload_url: `${this.url}/upload/${id}`, file_id: id });
    }
    if (method === 'files.completeUploadExternal') {
      const files = (args.files as { id: string; title?: string }[]).map((f) => {
        const upload = this.uploads.find((u) => u.id === f.id);
        if (upload) Object.assign(upload, { completed: true, title: f.title });
        return { id: f.id, title: f.title };
      });
      return json(200, { ok: true, files });
    }
    if (method === 'conversations.history') {
      if (this.historyFailures > 0 && this.historyFailures--) return json(500, { ok: false, error: 'internal_error' });
      const messages = this.postsTo(channel).reverse().map((p) => ({ type: 'message', ts: p.ts, text: p.text, metadata: p.metadata }));
      return json(200, { ok: true, messages, has_more: false });
    }
    if (method !== 'chat.postMessage') return json(200, { ok: false, error: 'unknown_method' });
    if (this.removedChannels.has(channel)) return json(200, { ok: false, error: 'channel_not_found' });
    const now = this.now();
    const scripted = this.script.shift();
    if (scripted && 'status' in scripted) {
      this.rejected.push({ channel, at: now, status: scripted.status });
      return scripted.status === 429 ? json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(scripted.retryAfterSeconds) }) : json(500, { ok: false, error: 'internal_error' });
    }
    if (scripted && 'error' in scripted) return json(200, { ok: false, error: scripted.error });
    if (this.enforceRateLimit && now - (this.lastPost.get(channel) ?? 0) < 1000) {
      this.rejected.push({ channel, at: now, status: 429 });
      return json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' });
    }
    this.lastPost.set(channel, now);
    const message: PostedMessage = {
      ts: `${Math.floor(now / 1000)}.${String(++this.counter).padStart(6, '0')}`,
      channel,
      text: String(args.text ?? ''),
      blocks: (args.blocks as unknown[]) ?? [],
      metadata: args.metadata as PostedMessage['metadata'],
      at: now,
    };
    this.posted.push(message);
    if (scripted && 'dropAfterPosting' in scripted) return void res.socket?.destroy();
    json(200, { ok: true, channel, ts: message.ts, message: { text: message.text } });
  }
}

export function pngIn(body: Buffer): Buffer | undefined {
  const start = body.indexOf(Buffer.from('89504e470d0a1a0a', 'hex'));
  const end = body.indexOf(Buffer.from('49454e44ae426082', 'hex'));
  return start >= 0 && end > start ? body.subarray(start, end + 8) : undefined;
}

function parse(raw: string, contentType: string): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  return out;
}
