/**
 * A loopback Discord: the v10 REST endpoints and the gateway protocol the real
 * discord.js client uses, on 127.0.0.1 at a random port. Tests dispatch
 * interactions through it and read back what the bot sent.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  GatewayDispatchEvents,
  GatewayOpcodes,
  type APIGuild,
  type APIInteraction,
  type APIUser,
  type GatewayReceivePayload,
  type GatewaySendPayload,
} from 'discord-api-types/v10';
import { WebSocketServer, type WebSocket } from 'ws';

export const APPLICATION_ID = '100000000000000001';
export const GUILD_ID = '200000000000000002';
export const CHANNEL_ID = '300000000000000003';
/** A role the server gives its editors, beside @everyone. */
export const EDITOR_ROLE_ID = '700000000000000007';
export const BOT_USER: APIUser = { id: APPLICATION_ID, username: 'fineprint', discriminator: '0', avatar: null, global_name: null, bot: true };

/** One HTTP request the bot made. */
export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

export class DiscordStandIn {
  readonly requests: Recorded[] = [];
  readonly gatewayReceived: GatewaySendPayload[] = [];
  private http!: Server;
  private wss!: WebSocketServer;
  private sockets = new Set<WebSocket>();
  private socket: WebSocket | null = null;
  private seq = 0;
  private waiters: { match: (r: Recorded) => boolean; resolve: (r: Recorded) => void }[] = [];
  private readonly callbacks = new Map<string, (r: Recorded) => void>();
  private nextId = 900000000000000000n;
  /** Heartbeats are acknowledged unless a test withholds them. */
  ackHeartbeats = true;
  /** Status codes the next REST requests get instead of a real answer (e.g. 429, 500). */
  readonly faults: { status: number; retryAfter?: number }[] = [];
  sessions = 0;
  /** Holds interaction callbacks this long before answering, to catch the bot in the middle of a reply. */
  callbackDelayMs = 0;
  /** Files members have attached, served as Discord's CDN serves them. */
  private readonly attachments = new Map<string, Buffer>();

  async start(): Promise<void> {
    this.http = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.http.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.connect(ws));
    });
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve));
  }

  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  snowflake(): string {
    return String(this.nextId++);
  }

  /** Serves a member's attached file and returns the attachment object Discord would put in an interaction. */
  attach(filename: string, bytes: Buffer, announcedSize = bytes.byteLength) {
    const id = this.snowflake();
    const path = `/attachments/${CHANNEL_ID}/${id}/${encodeURIComponent(filename)}`;
    this.attachments.set(path, bytes);
    const url = `http://127.0.0.1:${this.port}${path}`;
    return { id, filename, size: announcedSize, url, proxy_url: url, content_type: 'text/plain; charset=utf-8' };
  }

  /** Resolves with the first request (already made or coming) that matches. */
  waitFor(match: (r: Recorded) => boolean, timeoutMs = 10_000): Promise<Recorded> {
    const done = this.requests.find(match);
    if (done) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the bot did not make the expected request in time')), timeoutMs);
      this.waiters.push({ match, resolve: (r) => (clearTimeout(timer), resolve(r)) });
    });
  }

  /** Sends an interaction as Discord does and returns the bot's callback to it. */
  async interact(interaction: APIInteraction, timeoutMs = 10_000): Promise<Recorded> {
    const path = `/api/v10/interactions/${interaction.id}/${interaction.token}/callback`;
    // Callbacks are awaited by path, so thousands of interactions in flight cost nothing to match.
    const answered = new Promise<Recorded>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.callbacks.delete(path);
        reject(new Error('the bot did not answer the interaction in time'));
      }, timeoutMs);
      this.callbacks.set(path, (r) => (clearTimeout(timer), resolve(r)));
    });
    this.dispatch(GatewayDispatchEvents.InteractionCreate, interaction);
    return answered;
  }

  dispatch(event: GatewayDispatchEvents, data: unknown): void {
    this.send({ op: GatewayOpcodes.Dispatch, t: event, s: ++this.seq, d: data } as GatewayReceivePayload);
  }

  /** Closes the gateway connection as a network fault or Discord would. */
  dropConnection(code: number): void {
    // 1006 is never sent: it is what a peer sees when the connection dies without a close frame.
    if (code === 1006) this.socket?.terminate();
    else this.socket?.close(code);
  }

  private send(payload: GatewayReceivePayload): void {
    this.socket?.send(JSON.stringify(payload));
  }

  private connect(ws: WebSocket): void {
    this.sockets.add(ws);
    this.socket = ws;
    ws.on('close', () => this.sockets.delete(ws));
    ws.send(JSON.stringify({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: 1_000 }, s: null, t: null }));
    ws.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as GatewaySendPayload;
      this.gatewayReceived.push(payload);
      if (payload.op === GatewayOpcodes.Heartbeat && this.ackHeartbeats) ws.send(JSON.stringify({ op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null }));
      if (payload.op === GatewayOpcodes.Identify) this.ready();
      if (payload.op === GatewayOpcodes.Resume) this.dispatch(GatewayDispatchEvents.Resumed, null);
    });
  }

  private ready(): void {
    this.sessions++;
    this.seq = 0;
    this.dispatch(GatewayDispatchEvents.Ready, {
      v: 10,
      user: BOT_USER,
      guilds: [{ id: GUILD_ID, unavailable: true }],
      session_id: `session-${this.sessions}`,
      resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
      shard: [0, 1],
      application: { id: APPLICATION_ID, flags: 0 },
    });
    this.dispatch(GatewayDispatchEvents.GuildCreate, guild());
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const attachment = this.attachments.get(url.pathname);
    if (attachment && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': attachment.byteLength });
      res.end(attachment);
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const record: Recorded = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      body: text && req.headers['content-type']?.includes('json') ? JSON.parse(text) : text,
    };
    const send = (status: number, body?: unknown) => {
      res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    const fault = record.path.startsWith('/api/v10/gateway') ? undefined : this.faults.shift();
    if (fault) {
      this.requests.push({ ...record, method: `${record.method} (answered ${fault.status})` });
      if (fault.status === 429) {
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(fault.retryAfter ?? 0.2), 'x-ratelimit-scope': 'user' });
        res.end(JSON.stringify({ message: 'You are being rate limited.', retry_after: fault.retryAfter ?? 0.2, global: false }));
      } else send(fault.status, { message: 'Internal Server Error', code: 0 });
      return;
    }
    this.requests.push(record);
    const callback = this.callbacks.get(record.path);
    if (callback && record.method === 'POST') {
      this.callbacks.delete(record.path);
      callback(record);
    }
    for (const w of this.waiters.filter((w) => w.match(record))) {
      this.waiters.splice(this.waiters.indexOf(w), 1);
      w.resolve(record);
    }

    const path = record.path.replace(/^\/api\/v10/u, '');
    if (path === '/gateway/bot') {
      return send(200, {
        url: `ws://127.0.0.1:${this.port}/gateway`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (path === '/gateway') return send(200, { url: `ws://127.0.0.1:${this.port}/gateway` });
    if (/^\/interactions\/\d+\/[^/]+\/callback$/u.test(path)) {
      if (this.callbackDelayMs) await new Promise((r) => setTimeout(r, this.callbackDelayMs));
      return send(204);
    }
    if (/^\/webhooks\/\d+\/[^/]+\/messages\/@original$/u.test(path)) {
      return record.method === 'DELETE' ? send(204) : send(200, message((record.body ?? {}) as Record<string, unknown>, this.snowflake()));
    }
    if (/^\/webhooks\/\d+\/[^/]+$/u.test(path)) return send(200, message((record.body ?? {}) as Record<string, unknown>, this.snowflake()));
    if (/^\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/u.test(path) && record.method === 'PUT') {
      const commands = record.body as CommandBody[];
      const problem = commandProblem(commands);
      if (problem) return send(400, { message: `Invalid Form Body: ${problem}`, code: 50035 });
      return send(200, commands.map((c) => ({ ...c, id: this.snowflake(), application_id: APPLICATION_ID, version: '1' })));
    }
    send(404, { message: 'Unknown route', code: 0 });
  }
}

function guild(): APIGuild & Record<string, unknown> {
  return {
    id: GUILD_ID,
    name: 'Test server',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: '400000000000000004',
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      { id: GUILD_ID, name: '@everyone', color: 0, colors: { primary_color: 0, secondary_color: null, tertiary_color: null }, hoist: false, icon: null, unicode_emoji: null, position: 0, permissions: '1024', managed: false, mentionable: false, flags: 0 },
      { id: EDITOR_ROLE_ID, name: 'editors', color: 0, colors: { primary_color: 0, secondary_color: null, tertiary_color: null }, hoist: false, icon: null, unicode_emoji: null, position: 1, permissions: '1024', managed: false, mentionable: false, flags: 0 },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    hub_type: null,
    incidents_data: null,
    channels: [{ id: CHANNEL_ID, type: 0, name: 'general', position: 0, permission_overwrites: [], guild_id: GUILD_ID }],
    members: [],
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    member_count: 2,
    large: false,
    unavailable: false,
    joined_at: '2024-01-01T00:00:00.000Z',
  } as unknown as APIGuild & Record<string, unknown>;
}

/** A message object as Discord returns it, for what the bot sent (or a test says the bot sent). */
export function message(body: Record<string, unknown>, id: string) {
  return {
    id,
    channel_id: CHANNEL_ID,
    author: BOT_USER,
    content: body.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    pinned: false,
    type: 20,
    flags: body.flags ?? 0,
    application_id: APPLICATION_ID,
    webhook_id: APPLICATION_ID,
  };
}

interface CommandBody {
  name: string;
  description?: string;
  type?: number;
  options?: { name: string; description: string; max_length?: number; choices?: unknown[] }[];
}

/** Discord's rules for registered commands (developers/interactions/application-commands), as it enforces them. */
export function commandProblem(commands: CommandBody[]): string | null {
  const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
  const chatInput = commands.filter((c) => (c.type ?? 1) === 1);
  if (chatInput.length > 100) return 'more than 100 chat-input commands';
  if (commands.filter((c) => c.type === 3).length > 15) return 'more than 15 message commands';
  for (const c of commands) {
    if ((c.type ?? 1) === 1) {
      if (!NAME.test(c.name) || c.name !== c.name.toLowerCase()) return `name "${c.name}"`;
      if (!c.description || c.description.length > 100) return `description of ${c.name}`;
    } else if (c.name.length < 1 || c.name.length > 32) return `name "${c.name}"`;
    if ((c.options?.length ?? 0) > 25) return `more than 25 options on ${c.name}`;
    let size = c.name.length + (c.description?.length ?? 0);
    for (const o of c.options ?? []) {
      if (!NAME.test(o.name) || o.name !== o.name.toLowerCase()) return `option name "${o.name}"`;
      if (!o.description || o.description.length > 100) return `description of option ${o.name}`;
      if ((o.max_length ?? 0) > 6000) return `max_length of ${o.name}`;
      size += o.name.length + o.description.length;
    }
    if (size > 8000) return `${c.name} is over 8,000 characters`;
  }
  return null;
}
