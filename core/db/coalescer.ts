/**
 * Natural batching: while a batch of one key is in flight, later calls with that key wait
 * and then go together as the next batch, so under load many calls share one statement
 * (its round trip, its row locks, its commit and WAL flush), and an idle call goes alone
 * at once. No timer: a call never waits for company, only for the batch ahead of it.
 */
export class Coalescer<K, I, O> {
  private readonly lanes = new Map<K, Waiter<I, O>[]>();
  private readonly maxBatch: number;
  private readonly keysOf?: (input: I) => readonly unknown[];

  /**
   * @param run does one batch: one output per input, in order. When a batch of several
   *   throws, each of its inputs is run again alone (in parallel), so that one input's
   *   failure is its own; a call rejects only with the error of its own run.
   * @param opts.maxBatch the most inputs one batch takes (64).
   * @param opts.keysOf what an input must not share with another of its batch: a call
   *   whose key is taken already waits for a later batch (calls keep their order otherwise).
   */
  constructor(
    private readonly run: (key: K, inputs: I[]) => Promise<O[]>,
    opts: { maxBatch?: number; keysOf?: (input: I) => readonly unknown[] } = {},
  ) {
    this.maxBatch = opts.maxBatch ?? 64;
    this.keysOf = opts.keysOf;
  }

  /** Runs `input` in the next batch of `key` that can take it. */
  submit(key: K, input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      const waiting = this.lanes.get(key);
      if (waiting) {
        waiting.push({ input, resolve, reject });
        return;
      }
      this.lanes.set(key, []);
      void this.drain(key, [{ input, resolve, reject }]);
    });
  }

  /** Runs batches of `key` until nobody waits; the lane exists exactly while one is in flight. */
  private async drain(key: K, first: Waiter<I, O>[]): Promise<void> {
    let batch = first;
    while (batch.length > 0) {
      try {
        const out = await this.run(
          key,
          batch.map((w) => w.input),
        );
        batch.forEach((w, i) => w.resolve(out[i]!));
      } catch (e) {
        if (batch.length === 1) batch[0]!.reject(e);
        else await Promise.all(batch.map((w) => this.run(key, [w.input]).then(([o]) => w.resolve(o!), w.reject)));
      }
      batch = this.next(this.lanes.get(key)!);
    }
    this.lanes.delete(key);
  }

  /** Takes the next batch out of `waiting`: in order, skipping calls whose keys are taken. */
  private next(waiting: Waiter<I, O>[]): Waiter<I, O>[] {
    if (!this.keysOf) return waiting.splice(0, this.maxBatch);
    const taken = new Set<unknown>();
    const batch: Waiter<I, O>[] = [];
    const left: Waiter<I, O>[] = [];
    for (const w of waiting) {
      const keys = this.keysOf(w.input);
      if (batch.length >= this.maxBatch || keys.some((k) => taken.has(k))) {
        left.push(w);
        continue;
      }
      for (const k of keys) taken.add(k);
      batch.push(w);
    }
    waiting.splice(0, waiting.length, ...left);
    return batch;
  }
}

interface Waiter<I, O> {
  input: I;
  resolve: (o: O) => void;
  reject: (e: unknown) => void;
}
