/** TNET has 18 decimals; amounts are bigint base units everywhere. */
export const TNET_DECIMALS = 18;
export const ONE_TNET = 10n ** 18n;
/** The on-chain cap: 6,000,000,000 TNET in base units. */
export const TNET_CAP = 6_000_000_000n * ONE_TNET;

/**
 * Parses a decimal TNET amount ("12.5") into base units without floating point.
 * Returns undefined for anything that is not a plain non-negative decimal with at most
 * 18 fractional digits.
 */
export function parseTnet(text: string): bigint | undefined {
  const m = /^(\d{1,12})(?:\.(\d{1,18}))?$/.exec(text.trim());
  if (!m) return undefined;
  const whole = BigInt(m[1]!);
  const frac = BigInt((m[2] ?? '').padEnd(TNET_DECIMALS, '0'));
  return whole * ONE_TNET + frac;
}

/** Base units -> "12.5" (no trailing zeros); exact. */
export function formatTnet(units: bigint): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const whole = abs / ONE_TNET;
  const frac = (abs % ONE_TNET).toString().padStart(TNET_DECIMALS, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole.toString()}${frac ? '.' + frac : ''}`;
}
