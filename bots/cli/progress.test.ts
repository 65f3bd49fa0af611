import { createProgress, formatCount, renderBar } from './progress';

const sink = (isTTY: boolean) => {
  const writes: string[] = [];
  return { writes, out: { isTTY, columns: 80, write: (t: string) => writes.push(t) } };
};

describe('progress', () => {
  it('renders a bar with the share and the counts', () => {
    expect(renderBar('export', 5, 10, 10, 'rows')).toBe('export [#####-----]  50% 5 rows/10 rows');
    expect(renderBar('export', 0, 0, 4, 'rows')).toBe('export [####] 100% 0 rows/0 rows');
    expect(renderBar('x', 12, 10, 4, 'rows')).toBe('x [####] 100% 10 rows/10 rows');
  });

  it('formats bytes and counts for people', () => {
    expect(formatCount(1_234_567, 'rows')).toBe('1,234,567 rows');
    expect(formatCount(512, 'bytes')).toBe('512 B');
    expect(formatCount(2048, 'bytes')).toBe('2.0 KB');
    expect(formatCount(3 * 2 ** 20, 'bytes')).toBe('3.0 MB');
  });

  it('redraws one line in place on a terminal and ends it with a line break', () => {
    const { writes, out } = sink(true);
    const p = createProgress(out, 'import', 'rows');
    p.update(1, 4);
    p.update(1, 4);
    p.update(2, 4);
    p.finish('done', 'ok');
    expect(writes).toHaveLength(3);
    expect(writes.slice(0, 2).every((w) => w.startsWith('\r') && !w.includes('\n'))).toBe(true);
    expect(writes[2]).toMatch(/100% 4 rows\/4 rows done ok\x1b\[K\n$/);
  });

  it('ends a refused run where it stopped', () => {
    const { writes, out } = sink(true);
    const p = createProgress(out, 'import', 'rows');
    p.update(1, 4);
    p.finish('refused');
    expect(writes.at(-1)).toMatch(/ 25% 1 rows\/4 rows refused\x1b\[K\n$/);
  });

  it('writes one plain line per 10 % step when the output is not a terminal', () => {
    const { writes, out } = sink(false);
    const p = createProgress(out, 'export', 'rows');
    for (let i = 0; i <= 100; i += 5) p.update(i, 100);
    p.finish();
    p.update(100, 100);
    expect(writes).toEqual([
      ...Array.from({ length: 10 }, (_, s) => `export: ${s * 10} rows of 100 rows (${s * 10}%)\n`),
      'export: done, 100 rows\n',
    ]);
  });
});
