import { summarizeBatch } from './batch-summary';
import { buildManifest } from './manifest';

const wallet = (i: number) => `0x${i.toString(16).padStart(40, '0')}`;
/** `wallets` wallets, each paid by `perWallet` rows of 1, 2, 3... base units. */
const manifest = (wallets: number, perWallet: number) =>
  buildManifest(31337, wallet(9999), Array.from({ length: wallets * perWallet }, (_, i) => ({ ledgerId: String(i + 1), wallet: wallet(i % wallets), amount: BigInt(i + 1) })));

describe('a mint batch summarized for a chat', () => {
  const cases: [string, number, number, number, number, number, bigint][] = [
    // name, wallets, rows per wallet, max payouts shown, shown, left out, gross
    ['an empty manifest', 0, 0, 20, 0, 0, 0n],
    ['a small batch, shown whole', 3, 2, 20, 3, 0, 21n],
    ['exactly the limit', 20, 1, 20, 20, 0, 210n],
    ['one over the limit', 21, 1, 20, 20, 1, 231n],
    ['a large batch', 1000, 3, 20, 20, 980, 4_501_500n],
    ['no lines asked for', 5, 1, 0, 0, 5, 15n],
    ['a negative limit shows none', 5, 1, -3, 0, 5, 15n],
  ];
  it.each(cases)('%s', (_name, wallets, perWallet, max, shown, left, gross) => {
    const m = manifest(wallets, perWallet);
    const s = summarizeBatch({ batchId: '0xab', state: 'confirmed', txHash: '0xcd', manifest: m }, max);
    expect([s.rows, s.wallets, s.payouts.length, s.morePayouts, s.gross]).toEqual([wallets * perWallet, wallets, shown, left, gross]);
    expect(s.payouts).toEqual(m.payouts.slice(0, shown));
    expect([s.batchId, s.state, s.txHash]).toEqual(['0xab', 'confirmed', '0xcd']);
  });
});
