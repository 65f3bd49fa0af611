import { EventEmitter } from 'node:events';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';

/**
 * Plugs an embedded PGlite into TypeORM's postgres driver (the role typeorm-pglite plays),
 * with one difference that matters: PGlite is a single session, so a transaction opened by
 * one TypeORM query runner must not see another runner's statements in the middle. Each
 * `connect()` therefore takes an exclusive lease on the session until TypeORM releases it,
 * which makes the embedded engine behave like a pool of one connection. The price: code
 * must never run a query outside its transaction's manager while holding that transaction
 * (it would wait for itself), which is a bug on PostgreSQL too.
 */
export function createPGliteDriver(options: PGliteOptions & { dataDir?: string }) {
  let instance: Promise<PGlite> | undefined;
  const getInstance = () => (instance ??= PGlite.create(options));

  // FIFO lease on the single session.
  let tail: Promise<void> = Promise.resolve();
  const acquire = (): Promise<() => void> => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const ready = tail.then(() => release);
    tail = tail.then(() => held);
    return ready;
  };

  class Connection extends EventEmitter {
    constructor(private readonly db: PGlite) {
      super();
    }
    async query(sql: string, params?: unknown[]) {
      const command = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? '';
      if (params && params.length > 0) {
        const r = await this.db.query<Record<string, unknown>>(sql, params);
        return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length, command };
      }
      // exec runs several statements; TypeORM expects the last statement's result.
      const results = await this.db.exec(sql);
      const last = results[results.length - 1];
      return { rows: last?.rows ?? [], rowCount: last?.affectedRows ?? last?.rows.length ?? 0, command };
    }
  }

  class Pool extends EventEmitter {
    connect(cb: (err: Error | null, conn?: Connection, release?: (err?: unknown) => void) => void) {
      acquire().then(
        (release) =>
          getInstance().then(
            (db) => cb(null, new Connection(db), () => release()),
            (err: Error) => {
              release();
              cb(err);
            },
          ),
        (err: Error) => cb(err),
      );
    }
    end(cb?: (err?: Error | null) => void) {
      const closing = instance ? instance.then((db) => db.close()) : Promise.resolve();
      instance = undefined;
      closing.then(
        () => cb?.(null),
        (err: Error) => cb?.(err),
      );
    }
  }

  // `instance` lets the tests dump a migrated database once as the template of the others.
  return { Pool, instance: getInstance };
}
