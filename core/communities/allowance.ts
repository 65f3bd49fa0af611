/**
 * What a community may still promise: its granted allowance less what its campaign budgets
 * reserved (base units; never below zero). The reserve statement enforces the same rule
 * in SQL (`reserved + budget <= allowance`) so concurrent creations cannot overdraw it.
 */
export function allowanceLeft(allowance: bigint, reserved: bigint): bigint {
  return allowance > reserved ? allowance - reserved : 0n;
}

/** Whether a budget (base units) fits what the community has left; a zero budget never does. */
export function fitsAllowance(allowance: bigint, reserved: bigint, budget: bigint): boolean {
  return budget > 0n && budget <= allowanceLeft(allowance, reserved);
}
