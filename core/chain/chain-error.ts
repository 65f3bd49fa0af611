export type ChainErrorCode =
  | 'chain.unreachable'
  | 'chain.wrong_chain_id'
  | 'chain.no_contract'
  | 'chain.not_minter'
  | 'chain.unknown_mints'
  | 'chain.rejected'
  | 'chain.fees_too_high'
  /** The nonce of a (re)send was already used: the chain moved on; reconcile. */
  | 'chain.nonce_used'
  /** The node keeps another transaction at that nonce (a replacement too cheap, or the same one). */
  | 'chain.underpriced';

/**
 * An infrastructure failure of the chain, translated where it happens: raw ethers errors
 * never leave core/chain. `retryable` says whether trying again later can help.
 */
export class ChainError extends Error {
  constructor(
    readonly code: ChainErrorCode,
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'ChainError';
  }
}
