import { cellRate, takeAll, type BucketRule } from '../../core';
import { SendBudgetService } from '../../core/send-budget/send-budget.service';
import { selectBuckets, seedBuckets, takeTokens } from '../../core/send-budget/send-budget.statements';
import { createTestCore, engine, postgresDataSource, type TestCore } from '../helpers/test-core';

/** The shared send budget's statement against its pure rule (send-budget.ts), and under replicas. */
describe(`send budgets in the database on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore();
  });
  afterAll(async () => {
    await core.cleanup();
  });

  it('takes exactly as takeAll does, call after call', async () => {
    const rules: BucketRule[] = [
      { capacity: 3, perSecond: 3 },
      { capacity: 1, perSecond: 1 },
      { capacity: 2, perSecond: 2 / 60 },
    ];
    const keys = ['t1:global', 't1:chat:0', 't1:chat:1'];
    const rates = rules.map(cellRate);
    await seedBuckets(core.ds, keys);
    let tats = [0, 0, 0];
    // Times (ms) of the asks: a burst, waits, a pause that refills.
    for (const now of [1e12, 1e12, 1e12 + 10, 1e12 + 999, 1e12 + 1000, 1e12 + 1500, 1e12 + 2000, 1e12 + 30_000, 1e12 + 60_000, 1e12 + 61_000]) {
      const want = takeAll(tats.map((tat, i) => ({ tat, rate: rates[i]! })), now);
      const got = await takeTokens(core.ds, keys, rates.map((r) => r.intervalMs), rates.map((r) => r.toleranceMs), now);
      expect({ now, missing: got.missing, waitMs: Math.round(got.wait_ms * 1000) / 1000, taken: got.taken }).toEqual({ now, missing: 0, waitMs: Math.round(want.waitMs * 1000) / 1000, taken: want.waitMs === 0 ? 3 : 0 });
      const stored = await selectBuckets(core.ds, keys);
      const byKey = new Map(stored.map((b) => [b.key, b.tat]));
      expect(keys.map((k) => byKey.get(k)!)).toEqual(want.tats.map((t) => expect.closeTo(t, 6)));
      tats = want.tats;
    }
  });

  it('reports buckets without a row and takes nothing; the service adds them full and takes', async () => {
    const rate = cellRate({ capacity: 2, perSecond: 1 });
    const keys = ['t2:global', 't2:chat:0'];
    const r = await takeTokens(core.ds, keys, [rate.intervalMs, rate.intervalMs], [rate.toleranceMs, rate.toleranceMs], 5000);
    expect(r).toEqual({ missing: 2, wait_ms: expect.any(Number), taken: 0 });
    expect(await selectBuckets(core.ds, keys)).toEqual([]);
    const service = new SendBudgetService(core.ds);
    const buckets = keys.map((key) => ({ key, rule: { capacity: 2, perSecond: 1 } }));
    expect(await service.take(buckets, 5000)).toBe(0);
    expect(await service.take(buckets, 5000)).toBe(0);
    expect(await service.take(buckets, 5000)).toBeCloseTo(1000, 6);
  });

  (engine === 'postgres' ? it : it.skip)('never hands out more tokens than a bucket holds to two replicas asking at once', async () => {
    // A second pool on the same database: another replica.
    const other = postgresDataSource((core.ds.options as { url: string }).url, 10);
    await other.initialize();
    try {
      const replicas = [new SendBudgetService(core.ds), new SendBudgetService(other)];
      // Ten at once, then one per 1,000 s: no refill while the test runs.
      const buckets = [{ key: 't3:global', rule: { capacity: 10, perSecond: 0.001 } }, { key: 't3:chat:-5:0', rule: { capacity: 50, perSecond: 0.001 } }];
      const waits = await Promise.all(Array.from({ length: 60 }, (_, i) => replicas[i % 2]!.take(buckets)));
      expect(waits.filter((w) => w === 0)).toHaveLength(10);
      expect(Math.min(...waits.filter((w) => w > 0))).toBeGreaterThan(900_000);
    } finally {
      await other.destroy();
    }
  });
});
