import { batchVerdict, chainHoldsUnknownMints, confirmationDepth, replacementFees, retryDelayMs, type BatchFacts } from './mint-rules';

const facts = (over: Partial<BatchFacts>): BatchFacts => ({
  mintedAtSafe: false,
  mintedAtHead: false,
  nonce: 7,
  safeNonce: 7,
  latestNonce: 7,
  pendingNonce: 8,
  overdue: false,
  ...over,
});

describe('what happens to an unfinished mint batch', () => {
  it.each<[string, Partial<BatchFacts>, string]>([
    ['minted at a safe depth: confirm', { mintedAtSafe: true, mintedAtHead: true }, 'confirm'],
    ['minted, not deep enough: wait', { mintedAtHead: true, latestNonce: 8 }, 'wait'],
    ['never sent: send', { nonce: null, pendingNonce: 7 }, 'send'],
    ['nonce used at a safe depth without minting it: fail', { safeNonce: 8, latestNonce: 8 }, 'fail'],
    ['nonce used, not deep enough (a reorg may bring it back): wait', { latestNonce: 8 }, 'wait'],
    ['pending, not overdue: wait', {}, 'wait'],
    ['pending and overdue: replace', { overdue: true }, 'replace'],
    ['the node knows nothing at its nonce (dropped): resend', { pendingNonce: 7 }, 'resend'],
    ['a gap below its nonce: resend at the same nonce, never another', { nonce: 9, pendingNonce: 8, latestNonce: 8, safeNonce: 8 }, 'resend'],
    ['minted at a safe depth wins over a used nonce', { mintedAtSafe: true, mintedAtHead: true, safeNonce: 9, latestNonce: 9 }, 'confirm'],
  ])('%s', (_what, over, verdict) => {
    expect(batchVerdict(facts(over))).toBe(verdict);
  });
});

describe('fees of a replacement transaction', () => {
  const gwei = 10n ** 9n;
  it.each<[string, [bigint, bigint], [bigint, bigint], bigint, [bigint, bigint] | undefined]>([
    ['bumps both fees by 12.5 % when the market is calm', [40n * gwei, 2n * gwei], [30n * gwei, 1n * gwei], 500n * gwei, [45n * gwei, 2_250_000_000n]],
    ['follows the market when it rose more', [40n * gwei, 2n * gwei], [90n * gwei, 5n * gwei], 500n * gwei, [90n * gwei, 5n * gwei]],
    ['stops at the ceiling', [40n * gwei, 2n * gwei], [900n * gwei, 5n * gwei], 100n * gwei, [100n * gwei, 5n * gwei]],
    ['refuses when the ceiling leaves no valid bump', [40n * gwei, 2n * gwei], [30n * gwei, 1n * gwei], 44n * gwei, undefined],
    ['rounds the bump up on tiny fees', [1n, 1n], [0n, 0n], 100n, [2n, 2n]],
  ])('%s', (_what, [prevMax, prevTip], [mMax, mTip], ceiling, want) => {
    const got = replacementFees({ maxFeePerGas: prevMax, maxPriorityFeePerGas: prevTip }, { maxFeePerGas: mMax, maxPriorityFeePerGas: mTip }, ceiling);
    expect(got).toEqual(want && { maxFeePerGas: want[0], maxPriorityFeePerGas: want[1] });
  });
});

describe('confirmation depth', () => {
  it.each<[number, number | undefined, number]>([
    [31337, undefined, 1],
    [1337, undefined, 1],
    [1, undefined, 12],
    [8453, undefined, 12],
    [1, 3, 3],
    [31337, 5, 5],
  ])('chain %i configured %p: %i', (chainId, configured, depth) => {
    expect(confirmationDepth(chainId, configured)).toBe(depth);
  });
});

describe('backoff while the chain is degraded', () => {
  it.each<[number, number]>([
    [0, 0],
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [5, 480_000],
    [6, 600_000],
    [1000, 600_000],
  ])('after %i failures waits %i ms', (failures, ms) => {
    expect(retryDelayMs(failures, 30_000, 600_000)).toBe(ms);
  });
});

describe('a chain holding TNET no batch of the books accounts for', () => {
  it.each([
    // supply, confirmed gross, unfinished gross, unknown mints
    [0n, 0n, 0n, false],
    [100n, 100n, 0n, false],
    [100n, 60n, 40n, false],
    [70n, 60n, 40n, false], // an unfinished batch not minted yet
    [101n, 100n, 0n, true], // a batch the books lack (a restore from before it)
    [200n, 60n, 40n, true],
    [10n ** 27n + 1n, 10n ** 27n, 0n, true], // whole base units of a large supply, no float
  ])('supply %s, confirmed %s, unfinished %s: %s', (supply, confirmed, unfinished, unknown) => {
    expect(chainHoldsUnknownMints(supply, confirmed, unfinished)).toBe(unknown);
  });
});
