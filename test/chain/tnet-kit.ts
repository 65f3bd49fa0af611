import { Interface, type JsonRpcProvider, type Log, type TransactionReceipt, type TransactionRequest, type Wallet } from 'ethers';
import artifact from '../../contracts/artifacts/TNET.json';
import { pollReceipt } from '../../core/chain/poll-receipt';

/** The TNET ABI, for encoding calls and decoding errors and events in tests. */
export const tnetInterface = new Interface(artifact.abi);

/** Helpers the contract tests share, bound to one provider. */
export function tnetKit(provider: () => JsonRpcProvider) {
  /** Sends with the account's pending nonce read from the node; resolves with the receipt. */
  async function send(from: Wallet, req: TransactionRequest, opts: { gasLimit?: bigint; allowRevert?: boolean } = {}): Promise<TransactionReceipt> {
    const nonce = await provider().getTransactionCount(from.address, 'pending');
    const tx = await from.sendTransaction({ ...req, nonce, gasLimit: opts.gasLimit });
    const r = await pollReceipt(provider(), tx.hash, 15_000, 20);
    if (r.status !== 1 && !opts.allowRevert) throw new Error(`transaction ${tx.hash} reverted`);
    return r;
  }

  /** The custom error a failed estimate (or call) carries, decoded with the TNET ABI. */
  function decodeRevert(e: unknown): { name: string; args: unknown[] } {
    const err = e as { revert?: { name: string; args: unknown[] }; data?: string; info?: { error?: { data?: string } } };
    if (err.revert) return { name: err.revert.name, args: [...err.revert.args] };
    const data = err.data ?? err.info?.error?.data;
    const parsed = typeof data === 'string' && data.length >= 10 ? tnetInterface.parseError(data) : null;
    if (!parsed) throw e;
    return { name: parsed.name, args: [...parsed.args] };
  }

  /** Expects the node to refuse the transaction (at estimation) with this custom error. */
  async function expectRevert(from: Wallet, req: TransactionRequest, name: string, args?: unknown[]) {
    let error: unknown;
    try {
      await from.estimateGas(req);
    } catch (e) {
      error = e;
    }
    if (error === undefined) throw new Error(`expected ${name}, the transaction would succeed`);
    const got = decodeRevert(error);
    expect(got.name).toBe(name);
    if (args) expect(got.args).toEqual(args);
  }

  /** The arguments of every `event` among the logs. */
  const parseLogs = (logs: readonly Log[], event: string) =>
    logs.flatMap((l) => {
      const p = tnetInterface.parseLog({ topics: [...l.topics], data: l.data });
      return p && p.name === event ? [[...p.args]] : [];
    });

  return { send, decodeRevert, expectRevert, parseLogs };
}
