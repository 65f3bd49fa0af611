import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy tells of one POST it forwarded to a replica. */
type Attempt = 'answered' | 'refused' | 'broken' | 'unavailable';

/** Forwards one request body to a replica; resolves with how it went. */
function forward(port: number, path: string, headers: IncomingMessage['headers'], body: Buffer, timeoutMs: number): Promise<{ attempt: Attempt; status?: number; reply?: Buffer }> {
  return new Promise((resolve) => {
    let written = false;
    const out = request({ host: '127.0.0.1', port, method: 'POST', path, agent: false, headers: { ...headers, host: `127.0.0.1:${port}`, 'content-length': String(body.length) }, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const status = res.statusCode ?? 502;
        // 5xx: the replica is starting (the webhook not mounted yet) or failed; another one may take it.
        resolve({ attempt: status >= 500 ? 'unavailable' : 'answered', status, reply: Buffer.concat(chunks) });
      });
      res.on('error', () => resolve({ attempt: 'broken' }));
    });
    out.on('socket', (s) => s.on('connect', () => (written = true)));
    out.on('timeout', () => out.destroy(new Error('timeout')));
    // Refused before a connection: nothing reached the replica. Broken after: it may have run the update.
    out.on('error', () => resolve({ attempt: written ? 'broken' : 'refused' }));
    out.end(body);
  });
}

/**
 * The load balancer in front of the bot replicas: Telegram's one webhook URL. Each POST goes
 * to the next replica in turn; one that refuses the connection, breaks it or answers 5xx
 * passes the update to the next replica, and when none takes it the proxy answers 502, as a
 * load balancer would, and Telegram (the pusher) sends it again later. A replica killed
 * while it ran an update thus makes the update arrive twice: `reachedTwice` counts those.
 */
export class WebhookProxy {
  private next = 0;
  /** update_id -> replicas the update reached (answered, or broken after connecting). */
  private readonly reached = new Map<number, number>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly replicaPorts: readonly number[],
    private readonly path: string,
  ) {}

  /** Listens on 127.0.0.1; `path` is the webhook path the replicas serve. */
  static async start(replicaPorts: readonly number[], path: string, timeoutMs = 15_000): Promise<WebhookProxy> {
    let self: WebhookProxy | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        void self!.route(req.headers, Buffer.concat(chunks), timeoutMs).then(({ status, reply }) => {
          if (!res.destroyed) res.writeHead(status, { 'content-type': 'application/json' }).end(reply);
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    self = new WebhookProxy(server, `http://127.0.0.1:${port}${path}`, replicaPorts, path);
    return self;
  }

  /** Updates that reached more than one replica. */
  get reachedTwice(): number {
    let n = 0;
    for (const count of this.reached.values()) if (count > 1) n++;
    return n;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async route(headers: IncomingMessage['headers'], body: Buffer, timeoutMs: number): Promise<{ status: number; reply?: Buffer }> {
    let updateId: number | undefined;
    try {
      updateId = (JSON.parse(body.toString('utf8')) as { update_id?: number }).update_id;
    } catch {
      updateId = undefined;
    }
    const first = this.next;
    this.next = (this.next + 1) % this.replicaPorts.length;
    for (let i = 0; i < this.replicaPorts.length; i++) {
      const port = this.replicaPorts[(first + i) % this.replicaPorts.length]!;
      const r = await forward(port, this.path, headers, body, timeoutMs);
      if (updateId !== undefined && (r.attempt === 'answered' || r.attempt === 'broken')) this.reached.set(updateId, (this.reached.get(updateId) ?? 0) + 1);
      if (r.attempt === 'answered') return { status: r.status!, reply: r.reply };
    }
    return { status: 502 };
  }
}

/** An update as the pusher delivers it. */
export interface PushedUpdate {
  update_id: number;
}

/**
 * Telegram's side of webhook mode: takes the updates members sent (from the emulator) and
 * POSTs each to the webhook URL with the secret token, up to `maxConnections` at once (the
 * setWebhook default), and sends one again after a pause until a 2xx answer, as Telegram
 * retries a webhook that failed.
 */
export class UpdatePusher {
  private readonly queue: PushedUpdate[] = [];
  private inFlight = 0;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly drained = new Set<() => void>();
  /** Deliveries answered 2xx, and sends that were not (and were tried again). */
  delivered = 0;
  retried = 0;

  constructor(
    private readonly take: () => PushedUpdate[],
    private readonly url: string,
    private readonly secret: string,
    private readonly opts: { maxConnections?: number; retryMs?: number; onTaken?: (u: PushedUpdate) => void } = {},
  ) {}

  start(): void {
    this.timer = setInterval(() => this.pump(), 10);
  }

  /** Updates taken and not yet delivered. */
  get pending(): number {
    return this.queue.length + this.inFlight;
  }

  /** Resolves once every update taken so far is delivered, or after `timeoutMs`; false then. */
  async drain(timeoutMs: number): Promise<boolean> {
    this.pump();
    if (this.pending === 0) return true;
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.drained.delete(onDrained);
        resolve(ok);
      };
      const onDrained = () => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.drained.add(onDrained);
    });
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  private pump(): void {
    if (this.stopped) return;
    for (const u of this.take()) {
      this.opts.onTaken?.(u);
      this.queue.push(u);
    }
    const max = this.opts.maxConnections ?? 40;
    while (this.inFlight < max && this.queue.length > 0) {
      const u = this.queue.shift()!;
      this.inFlight++;
      void this.send(u).finally(() => {
        this.inFlight--;
        if (this.pending === 0) for (const d of [...this.drained]) d();
      });
    }
  }

  private async send(u: PushedUpdate): Promise<void> {
    const body = JSON.stringify(u);
    while (!this.stopped) {
      const ok = await fetch(this.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': this.secret }, body }).then(
        async (r) => {
          await r.arrayBuffer().catch(() => undefined);
          return r.ok;
        },
        () => false,
      );
      if (ok) {
        this.delivered++;
        return;
      }
      this.retried++;
      await new Promise((r) => setTimeout(r, this.opts.retryMs ?? 300));
    }
  }
}
