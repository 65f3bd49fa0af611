import { cutBatches, type PendingRow } from './cut-batches';

const A = '0x' + 'a'.repeat(40);
const B = '0x' + 'b'.repeat(40);
const C = '0x' + 'c'.repeat(40);
const row = (id: number, address: string, amount: bigint): PendingRow => ({ id, address, amount: amount.toString() });

describe('cutting pending rows into mint batches', () => {
  it.each<[string, PendingRow[], number, [string, string][][]]>([
    ['nothing pending: no batch', [], 2, []],
    ['sums a wallet\'s rows into one payout', [row(1, A, 5n), row(2, A, 7n)], 2, [[[A, '12']]]],
    ['nets a correction against earnings', [row(1, A, 10n), row(2, A, -4n), row(3, B, 3n)], 2, [[[A, '6'], [B, '3']]]],
    ['a wallet whose corrections outweigh its earnings waits', [row(1, A, 5n), row(2, A, -5n), row(3, B, 3n)], 2, [[[B, '3']]]],
    ['at most maxRecipients wallets a batch, in address order', [row(1, C, 1n), row(2, B, 2n), row(3, A, 3n)], 2, [[[A, '3'], [B, '2']], [[C, '1']]]],
  ])('%s', (_what, rows, max, want) => {
    const got = cutBatches(rows, max, 31337, '0xToken').map((m) => m.payouts.map((p) => [p.wallet, p.gross.toString()]));
    expect(got).toEqual(want);
  });

  it('keeps every row of a paid wallet in its batch, and no row of a waiting one', () => {
    const [m] = cutBatches([row(1, A, 5n), row(2, A, -5n), row(3, B, 3n), row(4, B, -1n)], 10, 1, '0xt');
    expect(m!.rows.map((r) => r.ledgerId)).toEqual(['3', '4']);
    expect(m!.attempt).toBe(0);
  });
});
