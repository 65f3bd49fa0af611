import fc from 'fast-check';
import { formatTnet, ONE_TNET, parseTnet } from './money';

describe('TNET amounts', () => {
  it('parses decimals into exact base units', () => {
    expect(parseTnet('10')).toBe(10n * ONE_TNET);
    expect(parseTnet('0.5')).toBe(ONE_TNET / 2n);
    expect(parseTnet('0.000000000000000001')).toBe(1n);
  });

  it('refuses negatives, exponents, too many decimals and junk', () => {
    for (const bad of ['-1', '1e3', '0.0000000000000000001', 'ten', '', '1.', '.5', 'NaN']) {
      expect(parseTnet(bad)).toBeUndefined();
    }
  });

  it('formats base units back to the text it was parsed from', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n - 1n }), (units) => {
        expect(parseTnet(formatTnet(units))).toBe(units);
      }),
    );
    expect(formatTnet(12n * ONE_TNET + ONE_TNET / 2n)).toBe('12.5');
  });
});
