import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';
import { dropLease, selectLease, takeLease } from './lease.statements';

export interface LeaseOptions {
  /** How long a lease lasts without renewal (default 15 s): how long a dead holder blocks the next. */
  ttlMs?: number;
  /** How often a holder renews, and a waiter asks again (default a third of ttlMs). */
  everyMs?: number;
  /** Called once when the lease is held by another and this process starts waiting. */
  onWait?: (holder: string) => void;
  /** Called when a holder's renewal found the lease taken (it was not renewed in time). */
  onLost?: () => void;
  /** Stops waiting: hold rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface HeldLease {
  readonly holder: string;
  /** Stops renewing and gives the lease up. */
  release(): Promise<void>;
}

/**
 * Leases in PostgreSQL for work one process may do at a time among replicas: a holder
 * renews its lease well before it expires; another waits until it is given up or expires
 * (a holder killed with SIGKILL blocks the next for at most ttlMs). No coordination service.
 */
export class LeaseService {
  /** This process, as a lease's holder: host, pid and a random part (a pid is reused across containers). */
  readonly holder = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

  constructor(private readonly ds: DataSource) {}

  /** Resolves once this process holds `name` (waiting as long as another holds it); renews it until released. */
  async hold(name: string, opts: LeaseOptions = {}): Promise<HeldLease> {
    const ttlMs = opts.ttlMs ?? 15_000;
    const everyMs = opts.everyMs ?? Math.floor(ttlMs / 3);
    let waited = false;
    while (!(await takeLease(this.ds, name, this.holder, ttlMs))) {
      if (!waited) opts.onWait?.((await selectLease(this.ds, name))?.holder ?? 'unknown');
      waited = true;
      await new Promise<void>((resolve, reject) => {
        const aborted = () => {
          clearTimeout(timer);
          reject(opts.signal!.reason);
        };
        const timer = setTimeout(() => {
          opts.signal?.removeEventListener('abort', aborted);
          resolve();
        }, everyMs);
        if (opts.signal?.aborted) aborted();
        else opts.signal?.addEventListener('abort', aborted, { once: true });
      });
    }
    let stopped = false;
    const timer = setInterval(() => {
      void takeLease(this.ds, name, this.holder, ttlMs).then(
        (held) => {
          if (!held && !stopped) opts.onLost?.();
        },
        () => undefined,
      );
    }, everyMs);
    timer.unref();
    return {
      holder: this.holder,
      release: async () => {
        stopped = true;
        clearInterval(timer);
        await dropLease(this.ds, name, this.holder).catch(() => undefined);
      },
    };
  }
}
