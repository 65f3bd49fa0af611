/**
 * Natural batching: while a batch of one key is in flight, later calls with that key wait
 * and then go together as the next batch, so under load many calls share one statement
 * (its round trip, its row locks, its commit and WAL flush), and an idle call goes alone
 * at once. No timer: a call never waits for company, only for the batch ahead of it.
 */
export class Coalescer<K, I, O> {
  private readonly lanes = new Map<K, Waiter<I, O>[]>();

  /**
   * @param run does one batch: one output per input, in order. When it throws, every call
   *   of that batch rejects with the error.
   * @param maxBatch the most inputs one batch takes.
   */
  constructor(
    private readonly run: (key: K, inputs: I[]) => Promise<O[]>,
    private readonly maxBatch = 64,
  ) {}

  /** Runs `input` in the next batch of `key`. */
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
        for (const w of batch) w.reject(e);
      }
      const waiting = this.lanes.get(key)!;
      batch = waiting.splice(0, this.maxBatch);
    }
    this.lanes.delete(key);
  }
}

interface Waiter<I, O> {
  input: I;
  resolve: (o: O) => void;
  reject: (e: unknown) => void;
}
