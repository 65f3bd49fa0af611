import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ONE_TNET, TNET_CAP } from '../money';
import { basisPoints, communityFigures, isBatchId, projectCap, supplyFigures, type CapProjection } from './figures';

const now = new Date('2026-01-01T00:00:00Z');
const T = ONE_TNET;

describe('projectCap', () => {
  it.each<[string, bigint, bigint, number, CapProjection]>([
    ['cap reached', 0n, 10n * T, 7, { kind: 'reached' }],
    ['nothing minted in the window', 100n * T, 0n, 30, { kind: 'no-pace' }],
    ['exact days', 70n * T, 10n * T, 7, { kind: 'date', days: 49n, at: new Date('2026-02-19T00:00:00Z') }],
    ['a part day counts as a day', 71n * T, 10n * T, 7, { kind: 'date', days: 50n, at: new Date('2026-02-20T00:00:00Z') }],
    ['one wei left', 1n, 30n * T, 30, { kind: 'date', days: 1n, at: new Date('2026-01-02T00:00:00Z') }],
    ['one wei a month against the whole cap', TNET_CAP, 1n, 30, { kind: 'far', days: TNET_CAP * 30n }],
    ['just past 1,000 years', 365_251n, 1n, 1, { kind: 'far', days: 365_251n }],
    ['just within 1,000 years', 365_250n, 1n, 1, { kind: 'date', days: 365_250n, at: new Date(now.getTime() + 365_250 * 86_400_000) }],
  ])('%s', (_name, remaining, minted, window, expected) => {
    expect(projectCap(remaining, minted, window, now)).toEqual(expected);
  });
});

describe('basisPoints', () => {
  it.each<[bigint, bigint, bigint]>([
    [0n, 0n, 0n],
    [5n, 0n, 0n],
    [20n, 100n, 2000n],
    // Each mint rounds the foundation's share down: 1 wei of 3 is 3333 bps, not 3334.
    [1n, 3n, 3333n],
    [TNET_CAP, TNET_CAP, 10_000n],
  ])('%s of %s is %s bps', (part, whole, bps) => expect(basisPoints(part, whole)).toBe(bps));
});

describe('supplyFigures', () => {
  it('puts the minted total against the cap, with both paces and the foundation share', () => {
    const f = supplyFigures({ minted: 1_000n * T, foundation: 200n * T, last7: 70n * T, last30: 300n * T, confirmedBatches: 4 }, 2_000n * T, now);
    expect(f).toMatchObject({
      remaining: 1_000n * T,
      mintedPpm: 500_000n,
      minersTotal: 800n * T,
      foundationBps: 2000n,
      at7: { kind: 'date', days: 100n },
      at30: { kind: 'date', days: 100n },
      confirmedBatches: 4,
    });
  });

  it('says the cap is reached, never a negative remainder', () => {
    const f = supplyFigures({ minted: 3n, foundation: 0n, last7: 0n, last30: 0n, confirmedBatches: 1 }, 2n, now);
    expect(f.remaining).toBe(0n);
    expect(f.at7).toEqual({ kind: 'reached' });
  });

  it('reads nothing minted as zero figures', () => {
    const f = supplyFigures({ minted: 0n, foundation: 0n, last7: 0n, last30: 0n, confirmedBatches: 0 }, TNET_CAP, now);
    expect(f).toMatchObject({ mintedPpm: 0n, foundationBps: 0n, at7: { kind: 'no-pace' }, at30: { kind: 'no-pace' } });
  });

  it('uses the cap the contract enforces', () => {
    const source = readFileSync(path.join(__dirname, '..', '..', 'contracts', 'TNET.sol'), 'utf8');
    const m = /uint256 public constant CAP = ([\d_]+) \* 10 \*\* (\d+);/.exec(source);
    expect(m).not.toBeNull();
    expect(BigInt(m![1]!.replace(/_/g, '')) * 10n ** BigInt(m![2]!)).toBe(TNET_CAP);
  });
});

describe('communityFigures', () => {
  it.each<[bigint, bigint, bigint]>([
    [100n, 40n, 60n],
    [100n, 100n, 0n],
    // A CHECK keeps reserved <= allowance; the figure never goes negative anyway.
    [100n, 150n, 0n],
  ])('allowance %s, reserved %s leaves %s', (allowance, reserved, left) => {
    expect(communityFigures({ id: 1, title: 'x', allowance, reserved, spent: 0n }).left).toBe(left);
  });
});

describe('isBatchId', () => {
  it.each<[unknown, boolean]>([
    [`0x${'a'.repeat(64)}`, true],
    [`0x${'A'.repeat(64)}`, true],
    [`0x${'a'.repeat(63)}`, false],
    [`0x${'a'.repeat(65)}`, false],
    [`${'a'.repeat(64)}`, false],
    [`0x${'g'.repeat(64)}`, false],
    [`0x${'a'.repeat(64)}\n`, false],
    ['../../etc/passwd', false],
    [undefined, false],
    [42, false],
  ])('%s -> %s', (text, ok) => expect(isBatchId(text)).toBe(ok));
});
