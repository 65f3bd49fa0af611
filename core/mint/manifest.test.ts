import fc from 'fast-check';
import { buildManifest, decodeManifest, encodeManifest } from './manifest';

const wallet = fc.integer({ min: 1, max: 5 }).map((i) => '0x' + i.toString(16).padStart(40, 'A'));

describe('mint manifests', () => {
  it('sums rows per wallet and sorts canonically whatever the input order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ ledgerId: fc.bigInt({ min: 1n, max: 10n ** 12n }).map(String), wallet, amount: fc.bigInt({ min: 1n, max: 10n ** 24n }) }), {
          minLength: 1,
          maxLength: 30,
          selector: (r) => r.ledgerId,
        }),
        (rows) => {
          const a = encodeManifest(buildManifest(31337, '0xToken', rows));
          const b = encodeManifest(buildManifest(31337, '0xToken', [...rows].reverse()));
          expect(a).toBe(b);
          const m = decodeManifest(a);
          const total = rows.reduce((s, r) => s + r.amount, 0n);
          expect(m.payouts.reduce((s, p) => s + p.gross, 0n)).toBe(total);
          expect(new Set(m.payouts.map((p) => p.wallet)).size).toBe(m.payouts.length);
          expect(m.payouts.every((p) => p.wallet === p.wallet.toLowerCase())).toBe(true);
          expect(encodeManifest(m)).toBe(a);
        },
      ),
      { seed: 3 },
    );
  });

  it('changes its text when any row changes', () => {
    const rows = [{ ledgerId: '1', wallet: '0x' + 'a'.repeat(40), amount: 5n }];
    const base = encodeManifest(buildManifest(1, '0xt', rows));
    expect(encodeManifest(buildManifest(1, '0xt', [{ ...rows[0]!, amount: 6n }]))).not.toBe(base);
    expect(encodeManifest(buildManifest(2, '0xt', rows))).not.toBe(base);
    expect(encodeManifest(buildManifest(1, '0xt', [{ ...rows[0]!, ledgerId: '2' }]))).not.toBe(base);
  });

  it('gives a retry of the same rows a new text (so a new id), and keeps the first attempt as it always was', () => {
    const rows = [{ ledgerId: '1', wallet: '0x' + 'a'.repeat(40), amount: 5n }];
    const first = encodeManifest(buildManifest(1, '0xt', rows));
    expect(first).toBe(`{"version":1,"chainId":1,"token":"0xt","rows":[["1","0x${'a'.repeat(40)}","5"]],"payouts":[["0x${'a'.repeat(40)}","5"]]}`);
    const retry = encodeManifest(buildManifest(1, '0xt', rows, 1));
    expect(retry).not.toBe(first);
    expect(decodeManifest(retry)).toEqual(buildManifest(1, '0xt', rows, 1));
    expect(decodeManifest(first).attempt).toBe(0);
    expect(encodeManifest(buildManifest(1, '0xt', rows, 2))).not.toBe(retry);
  });
});
