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
 * load balancer would, and Telegram (the emulator's webhook delivery) sends it again later. A replica killed
 * while it ran an update thus makes the update arrive twice: `reachedTwice` counts those.
 */
export class WebhookProxy {
  private next = 0;
  /** update_id -> replicas the update reached (answered, or broken after connecting). */
  private readonly reached = new Map<number, number>();
  /** Updates a replica answered 2xx. */
  private readonly answered = new Set<number>();
  /** When the proxy last saw an update it had not seen before (ms). */
  lastNewAt = Date.now();
  /** Called once per update, the first time it comes: what the harness learns of each press. */
  onUpdate: (update: Record<string, unknown>) => void = () => undefined;

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

  /** Updates seen, and whether every one of them was answered 2xx by a replica. */
  get seen(): number {
    return this.seenIds.size;
  }

  get allAnswered(): boolean {
    return this.answered.size === this.seenIds.size;
  }

  private readonly seenIds = new Set<number>();

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
    let update: Record<string, unknown> | undefined;
    try {
      update = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    } catch {
      update = undefined;
    }
    const updateId = typeof update?.update_id === 'number' ? update.update_id : undefined;
    if (update && updateId !== undefined && !this.seenIds.has(updateId)) {
      this.seenIds.add(updateId);
      this.lastNewAt = Date.now();
      this.onUpdate(update);
    }
    const first = this.next;
    this.next = (this.next + 1) % this.replicaPorts.length;
    for (let i = 0; i < this.replicaPorts.length; i++) {
      const port = this.replicaPorts[(first + i) % this.replicaPorts.length]!;
      const r = await forward(port, this.path, headers, body, timeoutMs);
      if (updateId !== undefined && (r.attempt === 'answered' || r.attempt === 'broken')) this.reached.set(updateId, (this.reached.get(updateId) ?? 0) + 1);
      if (r.attempt === 'answered') {
        if (updateId !== undefined && r.status! < 300) this.answered.add(updateId);
        return { status: r.status!, reply: r.reply };
      }
    }
    return { status: 502 };
  }
}
