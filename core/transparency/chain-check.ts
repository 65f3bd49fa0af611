/**
 * What the chain says of one mint batch, for the transparency page: the batch id the
 * chain recorded (from the TNETBatchMinted event of the batch's transaction, or the
 * contract's batchMinted map), that it minted none, or why it could not be asked.
 */
export type UncheckedReason = 'no-chain' | 'unreachable' | 'timeout';

export type ChainCheck =
  /** `onChainId`: the id as the chain holds it; `source` says where it was read. */
  | { status: 'minted'; onChainId: string; source: 'event' | 'batch-minted'; blockNumber: number | null }
  | { status: 'not-minted' }
  | { status: 'unchecked'; reason: UncheckedReason };

export interface MintedEvent {
  batchId: string;
  blockNumber: number;
}

/**
 * Reads a batch's transaction receipt: the event that names this batch, else the first
 * TNETBatchMinted event of the transaction (its id differs: the page flags it). Undefined
 * when the receipt says nothing (no transaction, no receipt yet, no such event): then the
 * contract's batchMinted map decides.
 */
export function checkFromReceipt(batchId: string, events: readonly MintedEvent[] | undefined): ChainCheck | undefined {
  if (!events || events.length === 0) return undefined;
  const id = batchId.toLowerCase();
  const own = events.find((e) => e.batchId.toLowerCase() === id) ?? events[0]!;
  return { status: 'minted', onChainId: own.batchId.toLowerCase(), source: 'event', blockNumber: own.blockNumber };
}

/** The contract's batchMinted(batchId): true confirms that very id; false, that the chain minted none. */
export function checkFromBatchMinted(batchId: string, minted: boolean): ChainCheck {
  return minted ? { status: 'minted', onChainId: batchId.toLowerCase(), source: 'batch-minted', blockNumber: null } : { status: 'not-minted' };
}
