/**
 * The decisions of the mint, as pure functions: what to do with an unfinished batch, the
 * fees of a replacement transaction, the confirmation depth, the backoff while the chain is
 * degraded and the block ranges of an event search. mint.service.ts gathers the facts from
 * the chain and the database and acts on what these say.
 */

/** What the chain says about one unfinished batch (prepared or submitted). */
export interface BatchFacts {
  /** The contract has minted the batch id at the safe block (head - depth + 1). */
  mintedAtSafe: boolean;
  /** The contract has minted the batch id at the head. */
  mintedAtHead: boolean;
  /** The nonce every transaction of this batch uses; null = none was ever sent. */
  nonce: number | null;
  /** The minter's transaction count at the safe block. */
  safeNonce: number;
  /** The minter's transaction count at the head. */
  latestNonce: number;
  /** The minter's transaction count, its pending transactions included. */
  pendingNonce: number;
  /** The batch's last transaction has waited longer than the replacement delay. */
  overdue: boolean;
}

/**
 * - `confirm`: minted at a safe depth; its rows count as minted.
 * - `wait`: minted or its nonce used, but not deep enough yet (a reorg may undo it); or pending.
 * - `fail`: its nonce was used at a safe depth and the batch is unminted, so none of its
 *   transactions (all share that nonce) can ever mint it: its rows may go into a new batch.
 * - `send`: never sent; send with a fresh nonce.
 * - `resend`: the node knows no transaction at its nonce (dropped): send again, same nonce.
 * - `replace`: pending too long: send again at the same nonce with higher fees.
 */
export type BatchVerdict = 'confirm' | 'wait' | 'fail' | 'send' | 'resend' | 'replace';

/**
 * Decides the next step of an unfinished batch. Every transaction of a batch carries the
 * same nonce, and one nonce is mined at most once, so a batch is failed (its rows
 * released to a batch with a new id) only once that nonce was used, at a safe depth, by a
 * transaction that did not mint it: nothing can mint it later, and nothing is minted twice.
 */
export function batchVerdict(f: BatchFacts): BatchVerdict {
  if (f.mintedAtSafe) return 'confirm';
  if (f.mintedAtHead) return 'wait';
  if (f.nonce === null) return 'send';
  if (f.safeNonce > f.nonce) return 'fail';
  if (f.latestNonce > f.nonce) return 'wait';
  if (f.pendingNonce > f.nonce) return f.overdue ? 'replace' : 'wait';
  return 'resend';
}

/** EIP-1559 fees of one transaction, wei. */
export interface Fees {
  maxFeePerGas: bigint;
  maxPriorityFeePerGas: bigint;
}

/** Nodes refuse a same-nonce replacement unless both fees rise by at least 10 %; 12.5 % leaves a margin. */
const bump = (wei: bigint): bigint => wei + (wei + 7n) / 8n;

/**
 * The fees of a replacement: both at least 12.5 % over the stuck transaction's, and at
 * least what the market asks now; the max fee never above `ceiling`.
 * @returns undefined when the ceiling leaves no room for a valid replacement (wait).
 */
export function replacementFees(previous: Fees, market: Fees, ceiling: bigint): Fees | undefined {
  const tip = bump(previous.maxPriorityFeePerGas) > market.maxPriorityFeePerGas ? bump(previous.maxPriorityFeePerGas) : market.maxPriorityFeePerGas;
  const wanted = bump(previous.maxFeePerGas) > market.maxFeePerGas ? bump(previous.maxFeePerGas) : market.maxFeePerGas;
  const maxFee = wanted > ceiling ? ceiling : wanted;
  if (maxFee < bump(previous.maxFeePerGas) || tip > maxFee) return undefined;
  return { maxFeePerGas: maxFee, maxPriorityFeePerGas: tip };
}

/** Chains whose node runs on the operator's machine (anvil, hardhat): no reorgs to wait out. */
export const LOCAL_CHAIN_IDS: readonly number[] = [31337, 1337];

/**
 * Confirmations before minted rows count as minted: the configured depth, else 1 on a
 * local development chain and 12 elsewhere (past the reorgs seen on public chains).
 */
export function confirmationDepth(chainId: number, configured: number | undefined): number {
  if (configured !== undefined) return configured;
  return LOCAL_CHAIN_IDS.includes(chainId) ? 1 : 12;
}

/** Milliseconds before the next mint attempt after `failures` degraded runs in a row: doubling from `baseMs`, at most `maxMs`. */
export function retryDelayMs(failures: number, baseMs: number, maxMs: number): number {
  if (failures <= 0) return 0;
  const delay = baseMs * 2 ** Math.min(failures - 1, 30);
  return delay > maxMs ? maxMs : delay;
}

/**
 * Whether the chain holds more TNET than this database's batches account for: confirmed
 * batches exactly, unfinished ones at most their gross (a batch raises the supply by its
 * gross; the foundation's share is carved out of it). More means a batch minted that the
 * database does not know, after a restore from a backup older than that mint, or a mint by
 * someone else with the key. Cutting new batches then could pay the same rows twice, so
 * the mint waits for the operator (docs/deploy.md, "Restore").
 */
export function chainHoldsUnknownMints(totalSupply: bigint, confirmedGross: bigint, unfinishedGross: bigint): boolean {
  return totalSupply > confirmedGross + unfinishedGross;
}
