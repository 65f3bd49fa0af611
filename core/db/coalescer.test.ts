import { Coalescer } from './coalescer';

/** A batch runner whose batches finish when the test says so. */
function gatedRunner() {
  const batches: { key: string; inputs: number[]; finish: (fail?: Error) => void }[] = [];
  const run = (key: string, inputs: number[]) =>
    new Promise<string[]>((resolve, reject) => {
      batches.push({ key, inputs, finish: (fail) => (fail ? reject(fail) : resolve(inputs.map((i) => `${key}:${i}`))) });
    });
  return { batches, run };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('Coalescer', () => {
  it('sends an idle call alone at once', async () => {
    const g = gatedRunner();
    const c = new Coalescer(g.run);
    const out = c.submit('a', 1);
    expect(g.batches.map((b) => b.inputs)).toEqual([[1]]);
    g.batches[0]!.finish();
    await expect(out).resolves.toBe('a:1');
  });

  it('sends the calls that arrive while a batch is in flight together as the next batch, in order', async () => {
    const g = gatedRunner();
    const c = new Coalescer(g.run);
    const outs = [1, 2, 3, 4].map((i) => c.submit('a', i));
    expect(g.batches.map((b) => b.inputs)).toEqual([[1]]);
    g.batches[0]!.finish();
    await tick();
    expect(g.batches.map((b) => b.inputs)).toEqual([[1], [2, 3, 4]]);
    g.batches[1]!.finish();
    await expect(Promise.all(outs)).resolves.toEqual(['a:1', 'a:2', 'a:3', 'a:4']);
  });

  it('keeps keys apart: another key does not wait', () => {
    const g = gatedRunner();
    const c = new Coalescer(g.run);
    void c.submit('a', 1);
    void c.submit('b', 2);
    void c.submit('a', 3);
    expect(g.batches.map((b) => [b.key, b.inputs])).toEqual([
      ['a', [1]],
      ['b', [2]],
    ]);
  });

  it('takes at most maxBatch calls a batch', async () => {
    const g = gatedRunner();
    const c = new Coalescer(g.run, { maxBatch: 2 });
    const outs = [1, 2, 3, 4].map((i) => c.submit('a', i));
    for (let n = 0; n < 3; n++) {
      g.batches[n]!.finish();
      await tick();
    }
    expect(g.batches.map((b) => b.inputs)).toEqual([[1], [2, 3], [4]]);
    await expect(Promise.all(outs)).resolves.toHaveLength(4);
  });

  it('leaves a call whose key its batch holds already for a later batch', async () => {
    const g = gatedRunner();
    const c = new Coalescer(g.run, { keysOf: (i: number) => [i % 10] });
    const outs = [1, 2, 11, 3, 21].map((i) => c.submit('a', i));
    g.batches[0]!.finish();
    await tick();
    expect(g.batches.map((b) => b.inputs)).toEqual([[1], [2, 11, 3]]);
    g.batches[1]!.finish();
    await tick();
    expect(g.batches.map((b) => b.inputs)).toEqual([[1], [2, 11, 3], [21]]);
    g.batches[2]!.finish();
    await expect(Promise.all(outs)).resolves.toEqual(['a:1', 'a:2', 'a:11', 'a:3', 'a:21']);
  });

  it('runs a failed batch again one call at a time: each call gets its own outcome', async () => {
    const g = gatedRunner();
    const c = new Coalescer(g.run);
    const first = c.submit('a', 1);
    const good = c.submit('a', 2);
    const bad = expect(c.submit('a', 3)).rejects.toThrow('bad 3');
    g.batches[0]!.finish();
    await tick();
    const later = c.submit('a', 4);
    g.batches[1]!.finish(new Error('boom'));
    await tick();
    expect(g.batches.map((b) => b.inputs)).toEqual([[1], [2, 3], [2], [3]]);
    g.batches[2]!.finish();
    g.batches[3]!.finish(new Error('bad 3'));
    await tick();
    expect(g.batches.map((b) => b.inputs)).toEqual([[1], [2, 3], [2], [3], [4]]);
    g.batches[4]!.finish();
    await expect(first).resolves.toBe('a:1');
    await expect(good).resolves.toBe('a:2');
    await bad;
    await expect(later).resolves.toBe('a:4');
  });
});
