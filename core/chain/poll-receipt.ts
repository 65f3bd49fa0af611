import type { JsonRpcProvider, TransactionReceipt } from 'ethers';
import { ChainError } from './chain-error';

/**
 * Polls for a transaction's receipt until `timeoutMs`; ethers' tx.wait() was seen to hang
 * against anvil, and a wait that can hang forever is a bug.
 * @throws ChainError chain.unreachable when no receipt came in time
 */
export async function pollReceipt(provider: JsonRpcProvider, hash: string, timeoutMs = 30_000, intervalMs = 50): Promise<TransactionReceipt> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await provider.getTransactionReceipt(hash);
    if (r) return r;
    if (Date.now() > deadline) throw new ChainError('chain.unreachable', `no receipt for ${hash} within ${timeoutMs} ms`, true);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
