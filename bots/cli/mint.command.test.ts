import { previewLines, runLine } from './mint.command';

const tnet = (n: number) => BigInt(n) * 10n ** 18n;

describe('mint --dry-run output', () => {
  it('lists each batch per wallet with the foundation part', () => {
    const lines = previewLines({
      foundation: { address: '0xf0', bps: 2000 },
      unfinishedBatches: 1,
      batches: [
        {
          gross: tnet(30),
          foundation: tnet(6),
          payouts: [
            { wallet: '0xaa', rows: 2, gross: tnet(20), foundation: tnet(4), net: tnet(16) },
            { wallet: '0xbb', rows: 1, gross: tnet(10), foundation: tnet(2), net: tnet(8) },
          ],
        },
      ],
    });
    expect(lines).toEqual([
      'Foundation 0xf0 takes 20% (2000 bps) of every payout, rounded down.',
      '1 batch(es) from earlier runs are settled first.',
      'Batch 1: 2 wallet(s), 30 TNET gross, 24 TNET to wallets, 6 TNET to the foundation',
      '  0xaa  2 row(s)  20 TNET gross  16 TNET to the wallet  4 TNET to the foundation',
      '  0xbb  1 row(s)  10 TNET gross  8 TNET to the wallet  2 TNET to the foundation',
    ]);
  });

  it('says when there is nothing to mint', () => {
    expect(previewLines({ foundation: { address: '0xf0', bps: 0 }, unfinishedBatches: 0, batches: [] })[1]).toBe(
      'Nothing to mint: no pending rewards of members with a linked wallet.',
    );
  });
});

describe('tnet mint run line', () => {
  const base = { reconciled: 1, prepared: 2, confirmed: 3, failed: 0, mintedGross: tnet(30) };
  it.each([
    [undefined, 'Reconciled 1, prepared 2, confirmed 3, failed 0; minted 30 TNET gross.'],
    ['chain.unreachable' as const, 'Reconciled 1, prepared 2, confirmed 3, failed 0; minted 30 TNET gross. Stopped early: the chain node does not answer (RPC_URL).'],
    ['chain.not_minter' as const, 'Reconciled 1, prepared 2, confirmed 3, failed 0; minted 30 TNET gross. Stopped early: the MINTER_PRIVATE_KEY account lacks MINTER_ROLE.'],
  ])('degraded %p: %s', (degraded, line) => {
    expect(runLine({ ...base, ...(degraded ? { degraded } : {}) })).toBe(line);
  });
});
