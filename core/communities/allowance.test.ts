import { allowanceLeft, fitsAllowance } from './allowance';

const T = 10n ** 18n;

describe('allowance', () => {
  it.each([
    ['nothing granted', 0n, 0n, 0n],
    ['all left', 100n * T, 0n, 100n * T],
    ['part reserved', 100n * T, 30n * T, 70n * T],
    ['all reserved', 100n * T, 100n * T, 0n],
    ['more reserved than granted (never below zero)', 10n * T, 30n * T, 0n],
  ])('allowanceLeft: %s', (_name, allowance, reserved, left) => expect(allowanceLeft(allowance, reserved)).toBe(left));

  it.each([
    ['a budget without any allowance', 0n, 0n, 1n, false],
    ['a budget within the allowance', 100n * T, 0n, 60n * T, true],
    ['a budget exactly the rest', 100n * T, 40n * T, 60n * T, true],
    ['a budget one base unit over the rest', 100n * T, 40n * T, 60n * T + 1n, false],
    ['a zero budget', 100n * T, 0n, 0n, false],
  ])('fitsAllowance: %s', (_name, allowance, reserved, budget, fits) => expect(fitsAllowance(allowance, reserved, budget)).toBe(fits));
});
