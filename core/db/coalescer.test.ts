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
    const c = new Coalescer(g.run, 2);
    const outs = [1, 2, 3, 4].map((i) => c.submit('a', i));
    for (let n = 0; n < 3; n++) {
      g.batches[n]!.finish();
      await tick();
    }
    expect(g.batches.map((b) => b.inputs)).toEqual([[1], [2, 3], [4]]);
    await expect(Promise.all(outs)).resolves.toHaveLength(4);
  });

  it('rejects every call of a failed batch, and goes on with the next', async () => {
    const g = gatedRunner();
    const c = new Coalescer(g.run);
    const first = c.submit('a', 1);
    const failed = [c.submit('a', 2), c.submit('a', 3)].map((f) => expect(f).rejects.toThrow('boom'));
    g.batches[0]!.finish();
    await tick();
    const later = c.submit('a', 4);
    g.batches[1]!.finish(new Error('boom'));
    await tick();
    g.batches[2]!.finish();
    await expect(first).resolves.toBe('a:1');
    await Promise.all(failed);
    await expect(later).resolves.toBe('a:4');
  });
});
