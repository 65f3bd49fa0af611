import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { WebSocketServer, type WebSocket } from 'ws';
import type { StartDiscordOptions } from '../../bots/discord/start-discord';
import type { Logger } from '../../core';

/** One REST call the bot made, in arrival order. */
export interface RecordedCall {
  seq: number;
  method: string;
  /** The route below /api/v10, like /interactions/1/tok/callback. */
  path: string;
  query: URLSearchParams;
  body: any;
  files: { name: string; bytes: Buffer }[];
  status: number;
}

/** A Discord member as the server presents them: ids, roles and permissions in the channel. */
/** An attachment as Discord resolves it in a command's options. */
export interface UploadedFile {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type?: string;
}

export interface FakeUser {
  id: string;
  username: string;
  /** Permission bits in the channel; a plain member's when absent. */
  permissions?: bigint;
  roles?: string[];
  /** The client's language (interaction.locale); en-US when absent. */
  locale?: string;
}

/** A message as the server holds it now (edits applied). */
export interface StoredMessage {
  id: string;
  channel_id: string;
  content: string;
  embeds: any[];
  components: any[];
  attachments: { id: string; filename: string; size: number; url: string; proxy_url: string; bytes: Buffer }[];
  flags: number;
  /** Every version it had, the current last. */
  history: { content: string; embeds: any[]; components: any[] }[];
  /** The interaction whose reply or follow-up it is. */
  interactionId?: string;
}

export interface FakeGuild {
  id: string;
  name: string;
  channelIds: string[];
  /** Roles besides @everyone. */
  roleIds?: string[];
}

interface InteractionState {
  id: string;
  /** 2 a command, 3 a component, 5 a modal submit. */
  type: number;
  token: string;
  channelId: string;
  guildId?: string;
  /** The component's message (component interactions). */
  messageId?: string;
  /** The message @original names once acknowledged. */
  originalId?: string;
  ackType?: number;
  /** The modal the interaction was answered with (callback type 9). */
  modal?: any;
  dispatchedAt: number;
  ackedAt?: number;
  /** When the answer was there: an immediate reply or update, or the edit of @original after a deferral. */
  answeredAt?: number;
}

/** Plain member: View Channel, Send Messages, Use Application Commands, Read Message History. */
export const MEMBER_PERMISSIONS = (1n << 10n) | (1n << 11n) | (1n << 31n) | (1n << 16n);
export const MANAGE_GUILD = 1n << 5n;
const LOADING = 1 << 7;
const DISCORD_EPOCH = 1420070400000n;

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

/** Problems Discord would find in a modal (callback type 9): only commands and components may open one, within its limits. */
export function modalProblems(m: { custom_id?: string; title?: string; components?: any[] }, interactionType: number): string[] {
  const p: string[] = [];
  if (interactionType === 5) p.push('a modal answering a modal submit');
  if (typeof m.custom_id !== 'string' || m.custom_id.length === 0 || m.custom_id.length > 100) p.push('modal custom_id missing or over 100');
  if (typeof m.title !== 'string' || m.title.length === 0 || m.title.length > 45) p.push('modal title missing or over 45');
  const cs = m.components ?? [];
  if (cs.length < 1 || cs.length > 5) p.push('a modal needs 1 to 5 components');
  for (const c of cs) {
    const input = c.type === 18 ? c.component : c.type === 1 ? c.components?.[0] : undefined;
    if (c.type === 18 && (typeof c.label !== 'string' || c.label.length === 0 || c.label.length > 45)) p.push('label missing or over 45');
    if (!input || input.type !== 4 || typeof input.custom_id !== 'string' || input.custom_id.length > 100) p.push('a modal component that is not a text input');
    if (c.type === 18 && c.description !== undefined && (typeof c.description !== 'string' || c.description.length > 100)) p.push('label description over 100');
    if (input?.type === 4) {
      if (input.style !== 1 && input.style !== 2) p.push('text input style not 1 or 2');
      const { min_length: min, max_length: max } = input;
      if (min !== undefined && !(Number.isInteger(min) && min >= 0 && min <= 4000)) p.push('text input min_length outside 0..4000');
      if (max !== undefined && !(Number.isInteger(max) && max >= 1 && max <= 4000)) p.push('text input max_length outside 1..4000');
      if (min !== undefined && max !== undefined && min > max) p.push('text input min_length over max_length');
    }
  }
  return p;
}

/** Problems Discord itself would answer with 400 Invalid Form Body. */
export function messageProblems(m: { content?: string | null; embeds?: any[]; components?: any[] }): string[] {
  const p: string[] = [];
  if ((m.content ?? '').length > 2000) p.push('content over 2000');
  const embeds = m.embeds ?? [];
  if (embeds.length > 10) p.push('more than 10 embeds');
  for (const e of embeds) {
    if ((e.title ?? '').length > 256) p.push('embed title over 256');
    if ((e.description ?? '').length > 4096) p.push('embed description over 4096');
  }
  const rows = m.components ?? [];
  if (rows.length > 5) p.push('more than 5 rows');
  for (const r of rows) {
    const cs = r.components ?? [];
    if (cs.length > 5) p.push('more than 5 components in a row');
    for (const c of cs) {
      if (typeof c.custom_id === 'string' && c.custom_id.length > 100) p.push('custom_id over 100');
      if (c.type === 2 && (c.label ?? '').length > 80) p.push('button label over 80');
      if (c.type === 3) {
        if (cs.length > 1) p.push('a select menu shares its row');
        if ((c.options ?? []).length > 25) p.push('more than 25 select options');
        for (const o of c.options ?? []) if (o.value.length > 100 || o.label.length > 100) p.push('select option over 100');
      }
    }
  }
  return p;
}

/**
 * A Discord-compatible server on 127.0.0.1 for an unmodified discord.js client: the REST
 * API under /api/v10 (gateway discovery, command registration, interaction callbacks,
 * webhook follow-ups and @original edits, channel messages and edits, attachments) and the
 * gateway websocket (HELLO, IDENTIFY, READY, GUILD_CREATE, heartbeats and their ACK,
 * INTERACTION_CREATE). It records every REST call, refuses what Discord would refuse
 * (message limits, an interaction acknowledged twice), and lets a test act as
 * members: run a slash command, tap a button, pick from a select menu.
 */
export class DiscordServer extends EventEmitter {
  readonly calls: RecordedCall[] = [];
  readonly messages = new Map<string, StoredMessage>();
  /** Bytes of files members attached to commands, by attachment id. */
  private readonly uploads = new Map<string, Buffer>();
  /** Slash commands registered: "global" or the guild id -> the command bodies. */
  readonly registered = new Map<string, any[]>();
  /** Limit breaches the server refused (a bug in the bot when not empty). */
  readonly violations: string[] = [];
  /** IDENTIFY payloads received. */
  readonly identifies: any[] = [];
  readonly interactions = new Map<string, InteractionState>();
  private readonly sockets = new Set<WebSocket>();
  /** The shard each identified connection runs: [id, count] (IDENTIFY's shard field; [0, 1] without one). */
  private readonly shardOfSocket = new Map<WebSocket, [number, number]>();
  /** 429s to answer, each once, to the next call whose "METHOD /path" matches. */
  private readonly limits: { match: RegExp; retryAfterS: number; global: boolean }[] = [];
  private seq = 0;
  private idCounter = 0n;
  private callSeq = 0;
  readonly botUser = { id: '', username: 'tnet-bot', discriminator: '0', global_name: null, avatar: null, bot: true, flags: 0 };

  private constructor(
    private readonly http: Server,
    private readonly wss: WebSocketServer,
    readonly port: number,
    readonly token: string,
    readonly applicationId: string,
    readonly guilds: FakeGuild[],
    /** The shard count GET /gateway/bot recommends. */
    readonly recommendedShards = 1,
  ) {
    super();
    this.setMaxListeners(0);
    this.botUser.id = applicationId;
  }

  static async start(opts: { token?: string; guilds?: FakeGuild[]; recommendedShards?: number } = {}): Promise<DiscordServer> {
    const token = opts.token ?? 'MTIzNDU2Nzg5MDEyMzQ1Njc4.fake.discord-test-token-000';
    const guilds = opts.guilds ?? [{ id: '900000000000000001', name: 'Pet lovers', channelIds: ['900000000000000101', '900000000000000102'] }];
    let self: DiscordServer | undefined;
    const http = createServer((req, res) => void self!.handle(req, res));
    const wss = new WebSocketServer({ server: http });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const { port } = http.address() as AddressInfo;
    self = new DiscordServer(http, wss, port, token, '800000000000000001', guilds, opts.recommendedShards ?? 1);
    wss.on('connection', (ws) => self!.connected(ws));
    return self;
  }

  /** The shard a guild's events go to, as Discord computes it: (guild_id >> 22) % shard count. */
  static shardOf(guildId: string, count: number): number {
    return Number((BigInt(guildId) >> 22n) % BigInt(count));
  }

  /** DISCORD_API_BASE for the bot. */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** What startDiscord needs to run a bot against this server, its commands registered in the first guild. */
  startOptions(logger: Logger): StartDiscordOptions {
    return { token: this.token, applicationId: this.applicationId, apiBase: this.apiBase, guildIds: [this.guilds[0]!.id], logger };
  }

  /** A fresh snowflake: 19 digits, beyond a JS number's exact range like Discord's own. */
  snowflake(): string {
    this.idCounter += 1n;
    return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (this.idCounter & 0x3fffffn)).toString();
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  /** Resolves with `check()`'s first truthy value, re-checked after every REST call and gateway event. */
  waitFor<T>(what: string, check: () => T | undefined | false | null, timeoutMs = 20_000): Promise<T> {
    const now = check();
    if (now) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const onChange = () => {
        const v = check();
        if (v) {
          cleanup();
          resolve(v);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.off('change', onChange);
      };
      this.on('change', onChange);
    });
  }

  /** Resolves once the bot has identified and received its guilds. */
  ready(): Promise<unknown> {
    return this.waitFor('the bot to identify', () => this.identifies.length > 0);
  }

  // ---- members acting ----

  /** A member runs a slash command in a guild channel (or in DM with `dm`). Resolves with the interaction id. */
  slash(user: FakeUser, name: string, opts: { subcommand?: string; options?: Record<string, string | number | UploadedFile>; channelId?: string; dm?: boolean } = {}): string {
    const attachments: Record<string, UploadedFile> = {};
    const options = Object.entries(opts.options ?? {}).map(([n, value]) => {
      if (typeof value === 'object') {
        attachments[value.id] = value;
        return { name: n, type: 11, value: value.id };
      }
      return { name: n, type: typeof value === 'number' ? 4 : 3, value };
    });
    const command = [...this.registered.values()].flat().find((c) => c.name === name);
    const data: any = {
      id: command?.id ?? this.snowflake(),
      name,
      type: 1,
      options: opts.subcommand ? [{ name: opts.subcommand, type: 1, options }] : options,
    };
    if (Object.keys(attachments).length > 0) data.resolved = { attachments };
    return this.dispatchInteraction(user, 2, data, opts);
  }

  /**
   * Answers the next call whose "METHOD /path" (path below /api/v10) matches with a 429, as
   * Discord answers a request over its route's bucket (or, with `global`, over the bot's
   * global limit): Retry-After in seconds, the bucket headers, the JSON body. The call is
   * recorded with status 429; a well-behaved client waits that long and sends it again.
   */
  rateLimitNext(match: RegExp, retryAfterS: number, opts: { global?: boolean } = {}): void {
    this.limits.push({ match, retryAfterS, global: opts.global ?? false });
  }

  /** A member taps a button (or picks `values` from a select menu) on a message. */
  press(user: FakeUser, message: StoredMessage, customId: string, values?: string[]): string {
    const data = values ? { custom_id: customId, component_type: 3, values } : { custom_id: customId, component_type: 2 };
    const dm = !this.guilds.some((g) => g.channelIds.includes(message.channel_id));
    return this.dispatchInteraction(user, 3, data, { channelId: message.channel_id, dm, messageId: message.id });
  }

  /** What a member reads in a message: content, then each embed's title and description, markdown escapes removed. */
  static textOf(m: StoredMessage): string {
    const parts = [m.content, ...m.embeds.flatMap((e) => [e.title, e.description])].filter((x): x is string => typeof x === 'string' && x.length > 0);
    return parts.join('\n').replace(/\\([\\*_~`|>#\-[\]()])/g, '$1');
  }

  /** Every button and select option of a message: its label and custom_id (an option's value). */
  static buttonsOf(m: StoredMessage): { label: string; id: string; select?: string }[] {
    return m.components.flatMap((r) =>
      (r.components ?? []).flatMap((c: any) =>
        c.type === 3 ? c.options.map((o: any) => ({ label: o.label, id: o.value, select: c.custom_id })) : [{ label: c.label, id: c.custom_id }],
      ),
    );
  }

  /** The message an interaction's answer is in (its reply, or the tapped card), once the answer is there. */
  answered(interactionId: string, what = 'the reply', timeoutMs = 20_000): Promise<StoredMessage> {
    const done = () => this.messages.get(this.interactions.get(interactionId)!.originalId!)!;
    if (this.interactions.get(interactionId)?.answeredAt !== undefined) return Promise.resolve(done());
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off(`answered:${interactionId}`, onAnswer);
        reject(new Error(`timed out waiting for ${what} to interaction ${interactionId}`));
      }, timeoutMs);
      const onAnswer = () => {
        clearTimeout(timer);
        resolve(done());
      };
      this.once(`answered:${interactionId}`, onAnswer);
    });
  }

  private markAnswered(s: InteractionState): void {
    if (s.answeredAt !== undefined) return;
    s.answeredAt = performance.now();
    this.emit(`answered:${s.id}`);
  }

  /** Follow-up messages of an interaction. */
  followUps(interactionId: string): StoredMessage[] {
    return [...this.messages.values()].filter((m) => m.interactionId === interactionId && m.id !== this.interactions.get(interactionId)?.originalId);
  }

  /** Calls made for one interaction (its callback and webhook calls), in order. */
  callsOf(interactionId: string): RecordedCall[] {
    const s = this.interactions.get(interactionId);
    if (!s) return [];
    return this.calls.filter((c) => c.path.startsWith(`/interactions/${s.id}/`) || c.path.includes(`/${s.token}`));
  }

  channelMessages(channelId: string): StoredMessage[] {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId && m.interactionId === undefined);
  }

  /** Milliseconds from dispatch to acknowledgement of each acknowledged interaction. */
  ackLatencies(): number[] {
    return [...this.interactions.values()].filter((s) => s.ackedAt !== undefined).map((s) => s.ackedAt! - s.dispatchedAt);
  }

  /**
   * A file a member attaches to a slash command, served by this server at its url (GET
   * /attachments/...). `announcedSize` is what Discord tells the bot (the real size unless
   * given); `broken` serves 404 instead of the bytes.
   */
  upload(filename: string, bytes: Buffer, opts: { contentType?: string; announcedSize?: number; broken?: boolean } = {}): UploadedFile {
    const id = this.snowflake();
    const url = `http://127.0.0.1:${this.port}/attachments/${id}/${encodeURIComponent(filename)}`;
    if (!opts.broken) this.uploads.set(id, bytes);
    return { id, filename, size: opts.announcedSize ?? bytes.length, url, proxy_url: url, ...(opts.contentType ? { content_type: opts.contentType } : {}) };
  }

  /** The modal an interaction was answered with, once it is there. */
  modalOf(interactionId: string): Promise<any> {
    return this.waitFor('the modal', () => this.interactions.get(interactionId)?.modal);
  }

  /**
   * A member submits a modal: `values` by text input custom_id, each in a label as Discord
   * sends them. `message`: the message whose component opened the modal (Discord then sends
   * it with the submit, in its channel).
   */
  submitModal(user: FakeUser, customId: string, values: Record<string, string>, opts: { channelId?: string; dm?: boolean; message?: StoredMessage } = {}): string {
    const components = Object.entries(values).map(([id, value], n) => ({ type: 18, id: 2 * n + 1, component: { type: 4, id: 2 * n + 2, custom_id: id, value } }));
    const { message, ...where } = opts;
    if (!message) return this.dispatchInteraction(user, 5, { custom_id: customId, components }, where);
    const dm = !this.guilds.some((g) => g.channelIds.includes(message.channel_id));
    return this.dispatchInteraction(user, 5, { custom_id: customId, components }, { channelId: message.channel_id, dm, messageId: message.id });
  }

  private dispatchInteraction(user: FakeUser, type: 2 | 3 | 5, data: any, opts: { channelId?: string; dm?: boolean; messageId?: string }): string {
    // The server whose channel it is (a press on an ephemeral reply names that reply's channel); else the first.
    const guild = this.guilds.find((g) => opts.channelId !== undefined && g.channelIds.includes(opts.channelId)) ?? this.guilds[0]!;
    const id = this.snowflake();
    const token = `itok-${id}-${Math.random().toString(36).slice(2)}`;
    const channelId = opts.channelId ?? (opts.dm ? `dm-${user.id}` : guild.channelIds[0]!);
    const apiUser = { id: user.id, username: user.username, discriminator: '0', global_name: user.username, avatar: null, flags: 0 };
    const state: InteractionState = { id, type, token, channelId, guildId: opts.dm ? undefined : guild.id, messageId: opts.messageId, dispatchedAt: performance.now() };
    this.interactions.set(id, state);
    const permissions = (user.permissions ?? MEMBER_PERMISSIONS).toString();
    const d: any = {
      id,
      application_id: this.applicationId,
      type,
      token,
      version: 1,
      data,
      channel_id: channelId,
      channel: opts.dm ? { id: channelId, type: 1, recipients: [apiUser] } : { id: channelId, type: 0, guild_id: guild.id, name: 'tasks', position: 0, permission_overwrites: [] },
      app_permissions: (MEMBER_PERMISSIONS | (1n << 14n)).toString(),
      // The member's client language (Discord's interaction.locale).
      locale: user.locale ?? 'en-US',
      entitlements: [],
      authorizing_integration_owners: opts.dm ? { '1': user.id } : { '0': guild.id },
      context: opts.dm ? 1 : 0,
    };
    if (opts.dm) d.user = apiUser;
    else {
      d.guild_id = guild.id;
      d.guild_locale = 'en-US';
      d.member = { user: apiUser, roles: user.roles ?? [], permissions, joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0, pending: false, nick: null, avatar: null, premium_since: null, communication_disabled_until: null };
    }
    if (opts.messageId) d.message = this.apiMessage(this.messages.get(opts.messageId)!);
    this.dispatch('INTERACTION_CREATE', d, opts.dm ? undefined : guild.id);
    return id;
  }

  // ---- gateway ----

  private connected(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => {
      this.sockets.delete(ws);
      this.shardOfSocket.delete(ws);
    });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    ws.on('message', (raw) => {
      const p = JSON.parse(raw.toString());
      if (p.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      else if (p.op === 2) this.identified(ws, p.d);
      else if (p.op === 6) ws.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++this.seq, d: {} }));
    });
  }

  private identified(ws: WebSocket, d: any): void {
    if (d.token !== this.token && d.token !== `Bot ${this.token}`) {
      ws.close(4004, 'Authentication failed.');
      return;
    }
    const shard: [number, number] = Array.isArray(d.shard) ? [Number(d.shard[0]), Number(d.shard[1])] : [0, 1];
    if (!(shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1])) {
      ws.close(4010, 'Invalid shard.');
      return;
    }
    this.identifies.push({ intents: d.intents, shard: d.shard });
    this.shardOfSocket.set(ws, shard);
    // A shard gets the servers whose id maps to it, as on Discord.
    const guilds = this.guilds.filter((g) => DiscordServer.shardOf(g.id, shard[1]) === shard[0]);
    const send = (t: string, data: unknown) => ws.send(JSON.stringify({ op: 0, t, s: ++this.seq, d: data }));
    send('READY', {
      v: 10,
      user: this.botUser,
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: 'fake-session',
      resume_gateway_url: `ws://127.0.0.1:${this.port}`,
      shard: d.shard ?? [0, 1],
      application: { id: this.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
    });
    for (const g of guilds) send('GUILD_CREATE', this.apiGuild(g));
    this.emit('change');
  }

  /** Sends an event to the shard of `guildId` (direct messages: shard 0), as Discord routes it. */
  private dispatch(t: string, d: unknown, guildId?: string): void {
    const payload = JSON.stringify({ op: 0, t, s: ++this.seq, d });
    for (const s of this.sockets) {
      const [id, count] = this.shardOfSocket.get(s) ?? [0, 1];
      if ((guildId === undefined ? 0 : DiscordServer.shardOf(guildId, count)) === id) s.send(payload);
    }
  }

  private apiGuild(g: FakeGuild): any {
    return {
      id: g.id,
      name: g.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: '700000000000000001',
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [g.id, ...(g.roleIds ?? [])].map((id, i) => ({
        id,
        name: i === 0 ? '@everyone' : `role-${i}`,
        color: 0,
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: i,
        permissions: MEMBER_PERMISSIONS.toString(),
        managed: false,
        mentionable: false,
        flags: 0,
      })),
      emojis: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      vanity_url_code: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: 'en-US',
      nsfw_level: 0,
      nsfw: false,
      stickers: [],
      premium_progress_bar_enabled: false,
      max_video_channel_users: 25,
      joined_at: new Date(0).toISOString(),
      large: false,
      unavailable: false,
      member_count: 10,
      voice_states: [],
      members: [],
      channels: g.channelIds.map((id, i) => ({ id, type: 0, guild_id: g.id, name: `tasks-${i + 1}`, position: i, permission_overwrites: [], nsfw: false, parent_id: null, topic: null, rate_limit_per_user: 0, last_message_id: null })),
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
    };
  }

  // ---- REST ----

  private apiMessage(m: StoredMessage): any {
    const guildId = this.guilds.find((g) => g.channelIds.includes(m.channel_id))?.id;
    return {
      id: m.id,
      channel_id: m.channel_id,
      ...(guildId ? { guild_id: guildId } : {}),
      type: m.interactionId ? 20 : 0,
      author: this.botUser,
      content: m.content,
      embeds: m.embeds,
      components: m.components,
      attachments: m.attachments.map(({ bytes: _b, ...a }) => a),
      flags: m.flags,
      timestamp: new Date().toISOString(),
      edited_timestamp: m.history.length > 1 ? new Date().toISOString() : null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      pinned: false,
      application_id: m.interactionId ? this.applicationId : undefined,
      webhook_id: m.interactionId ? this.applicationId : undefined,
    };
  }

  private createMessage(channelId: string, body: any, files: RecordedCall['files'], interactionId?: string, extraFlags = 0): StoredMessage {
    const m: StoredMessage = {
      id: this.snowflake(),
      channel_id: channelId,
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      attachments: [],
      flags: (body.flags ?? 0) | extraFlags,
      history: [],
      interactionId,
    };
    this.attach(m, files);
    m.history.push({ content: m.content, embeds: m.embeds, components: m.components });
    this.messages.set(m.id, m);
    return m;
  }

  private editMessage(m: StoredMessage, body: any, files: RecordedCall['files']): StoredMessage {
    if (body.content !== undefined) m.content = body.content ?? '';
    if (body.embeds !== undefined) m.embeds = body.embeds ?? [];
    if (body.components !== undefined) m.components = body.components ?? [];
    m.flags &= ~LOADING;
    // As Discord: an edit keeps the message's files unless `attachments` lists those to keep; new uploads come after.
    if (Array.isArray(body.attachments)) m.attachments = m.attachments.filter((a) => body.attachments.some((x: any) => String(x.id) === a.id));
    this.attach(m, files);
    m.history.push({ content: m.content, embeds: m.embeds, components: m.components });
    return m;
  }

  private attach(m: StoredMessage, files: RecordedCall['files']): void {
    for (const f of files) {
      const id = this.snowflake();
      const url = `http://127.0.0.1:${this.port}/attachments/${id}/${f.name}`;
      m.attachments.push({ id, filename: f.name, size: f.bytes.length, url, proxy_url: url, bytes: f.bytes });
    }
    // An embed image naming a file the message does not have shows nothing on Discord: a bug in the bot.
    for (const e of m.embeds) {
      const name = /^attachment:\/\/(.+)$/.exec(e.image?.url ?? '')?.[1];
      if (name !== undefined && !m.attachments.some((a) => a.filename === name)) this.violations.push(`message ${m.id}: embed image attachment://${name} names no file of the message`);
    }
  }

  /** The file an embed's image shows (attachment://<name> resolved to the message's file), its URL, or undefined. */
  static embedImageOf(m: StoredMessage): { url: string } | { file: StoredMessage['attachments'][number] } | undefined {
    const url: string | undefined = m.embeds.find((e) => e.image?.url)?.image.url;
    if (url === undefined) return undefined;
    const name = /^attachment:\/\/(.+)$/.exec(url)?.[1];
    if (name === undefined) return { url };
    const file = m.attachments.find((a) => a.filename === name);
    return file ? { file } : undefined;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    let body: any = null;
    const files: RecordedCall['files'] = [];
    const type = req.headers['content-type'] ?? '';
    if (type.startsWith('multipart/form-data')) {
      const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
      for (const [key, value] of form.entries()) {
        if (key === 'payload_json') body = JSON.parse(value as string);
        else if (typeof value !== 'string') files.push({ name: value.name, bytes: Buffer.from(await value.arrayBuffer()) });
      }
    } else if (raw.length > 0) body = JSON.parse(raw.toString('utf8'));
    const m = /^\/api\/v\d+(\/.*)$/.exec(decodeURIComponent(url.pathname));
    const path = m ? m[1]! : url.pathname;
    const call: RecordedCall = { seq: ++this.callSeq, method: req.method ?? 'GET', path, query: url.searchParams, body, files, status: 0 };
    this.calls.push(call);
    const send = (status: number, json?: unknown) => {
      call.status = status;
      if (json === undefined) res.writeHead(status).end();
      else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
      this.emit('change');
    };
    const limit = this.limits.findIndex((l) => l.match.test(`${call.method} ${path}`));
    if (limit >= 0) {
      const [l] = this.limits.splice(limit, 1);
      call.status = 429;
      const headers: Record<string, string> = { 'content-type': 'application/json', 'retry-after': String(l!.retryAfterS), 'x-ratelimit-scope': 'user' };
      if (l!.global) headers['x-ratelimit-global'] = 'true';
      else Object.assign(headers, { 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': String(l!.retryAfterS), 'x-ratelimit-bucket': `bucket-${call.seq}` });
      res.writeHead(429, headers).end(JSON.stringify({ message: 'You are being rate limited.', retry_after: l!.retryAfterS, global: l!.global }));
      this.emit('change');
      return;
    }
    try {
      this.route(call, req, send, res);
    } catch (e) {
      send(500, { message: String(e), code: 0 });
    }
  }

  private route(call: RecordedCall, req: IncomingMessage, send: (status: number, json?: unknown) => void, res: ServerResponse): void {
    const { method, path, body, files } = call;
    const authed = req.headers.authorization === `Bot ${this.token}`;
    const invalid = (problems: string[]) => {
      this.violations.push(...problems.map((p) => `${method} ${path}: ${p}`));
      send(400, { code: 50035, message: 'Invalid Form Body', errors: problems });
    };
    let m: RegExpExecArray | null;
    // Interaction callbacks and webhooks authenticate by their token, not the bot's.
    if ((m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path)) && method === 'POST') {
      const s = this.interactions.get(m[1]!);
      if (!s || s.token !== m[2]) return send(404, { code: 10062, message: 'Unknown interaction' });
      if (s.ackType !== undefined) return send(400, { code: 40060, message: 'Interaction has already been acknowledged.' });
      const data = body?.data ?? {};
      const problems = body?.type === 9 ? modalProblems(data, s.type) : messageProblems(data);
      if (problems.length > 0) return invalid(problems);
      s.ackType = body.type;
      s.ackedAt = performance.now();
      if (body.type === 9) s.modal = data;
      if (body.type === 4 || body.type === 5) s.originalId = this.createMessage(s.channelId, data, files, s.id, body.type === 5 ? LOADING : 0).id;
      else if (body.type === 6 || body.type === 7) {
        s.originalId = s.messageId;
        if (body.type === 7) this.editMessage(this.messages.get(s.messageId!)!, data, files);
      }
      if (body.type === 4 || body.type === 7) this.markAnswered(s);
      if (call.query.get('with_response') === 'true') {
        const msg = s.originalId ? this.messages.get(s.originalId) : undefined;
        return send(200, { interaction: { id: s.id, type: s.type }, resource: { type: body.type, message: msg && this.apiMessage(msg) } });
      }
      return send(204);
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(path))) {
      const s = [...this.interactions.values()].find((x) => x.token === m![2]);
      if (!s || m[1] !== this.applicationId) return send(404, { code: 10015, message: 'Unknown Webhook' });
      if (s.ackType === undefined) return send(404, { code: 10015, message: 'Unknown Webhook' });
      const target = m[3] === undefined ? undefined : m[3] === '@original' ? s.originalId : m[3];
      if (method === 'POST' && m[3] === undefined) {
        const problems = messageProblems(body ?? {});
        if (problems.length > 0) return invalid(problems);
        return send(200, this.apiMessage(this.createMessage(s.channelId, body ?? {}, files, s.id)));
      }
      const msg = target ? this.messages.get(target) : undefined;
      if (!msg) return send(404, { code: 10008, message: 'Unknown Message' });
      if (method === 'GET') return send(200, this.apiMessage(msg));
      if (method === 'PATCH') {
        const problems = messageProblems(body ?? {});
        if (problems.length > 0) return invalid(problems);
        const edited = this.apiMessage(this.editMessage(msg, body ?? {}, files));
        if (m[3] === '@original') this.markAnswered(s);
        return send(200, edited);
      }
      if (method === 'DELETE') {
        this.messages.delete(msg.id);
        return send(204);
      }
    }
    // Attachments are served without authentication, as on Discord's CDN; messages' attachments too.
    if ((m = /^\/attachments\/(\d+)\/[^/]+$/.exec(path)) && method === 'GET') {
      const bytes = this.uploads.get(m[1]!) ?? [...this.messages.values()].flatMap((x) => x.attachments).find((a) => a.id === m![1])?.bytes;
      call.status = bytes ? 200 : 404;
      if (bytes) res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length }).end(bytes);
      else res.writeHead(404).end();
      return;
    }
    if (!authed) return send(401, { code: 0, message: '401: Unauthorized' });
    if (path === '/gateway/bot' || path === '/gateway') {
      return send(200, { url: `ws://127.0.0.1:${this.port}`, shards: this.recommendedShards, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } });
    }
    if (path === '/users/@me') return send(200, this.botUser);
    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path)) && method === 'PUT') {
      if (m[1] !== this.applicationId) return send(403, { code: 50001, message: 'Missing Access' });
      const commands = (body as any[]).map((c) => ({ ...c, id: this.snowflake(), application_id: this.applicationId, version: this.snowflake(), ...(m![2] ? { guild_id: m![2] } : {}) }));
      this.registered.set(m[2] ?? 'global', commands);
      return send(200, commands);
    }
    if ((m = /^\/channels\/(\d+)\/messages(?:\/(\d+))?$/.exec(path))) {
      if (!this.guilds.some((g) => g.channelIds.includes(m![1]!))) return send(404, { code: 10003, message: 'Unknown Channel' });
      if (method === 'POST' && !m[2]) {
        const problems = messageProblems(body ?? {});
        if (problems.length > 0) return invalid(problems);
        return send(200, this.apiMessage(this.createMessage(m[1]!, body ?? {}, files)));
      }
      const msg = m[2] ? this.messages.get(m[2]) : undefined;
      if (!msg || msg.channel_id !== m[1]) return send(404, { code: 10008, message: 'Unknown Message' });
      if (method === 'PATCH') {
        const problems = messageProblems(body ?? {});
        if (problems.length > 0) return invalid(problems);
        return send(200, this.apiMessage(this.editMessage(msg, body ?? {}, files)));
      }
      if (method === 'GET') return send(200, this.apiMessage(msg));
    }
    send(404, { code: 0, message: '404: Not Found' });
  }
}
