import { Interface, JsonRpcProvider, toQuantity } from 'ethers';
import artifact from '../../contracts/artifacts/TNET.json';
import { blockRanges } from './block-ranges';
import { ChainError } from './chain-error';

export interface ChainReaderOptions {
  rpcUrl: string;
  /** Expected chain id; start-up fails when the node reports another. */
  chainId?: number;
  tokenAddress: string;
  /** Milliseconds one RPC call may take before it counts as a failure. */
  rpcTimeoutMs?: number;
  /** Milliseconds between receipt polls. */
  pollMs?: number;
  /** The block the token was deployed in: no event of it is older (default 0). */
  deployBlock?: number;
  /** Most blocks one eth_getLogs call asks for (providers refuse wider ranges; default 1000). */
  logRange?: number;
}

export interface MintReceipt {
  txHash: string;
  blockNumber: number;
  /** 1 = success, 0 = reverted. */
  status: number;
  confirmations: number;
}

export interface BatchMint {
  txHash: string;
  blockNumber: number;
  /** Base units. */
  minersTotal: bigint;
  /** Base units. */
  foundationTotal: bigint;
}

export const tnetInterface = new Interface(artifact.abi);

/**
 * The chain without a key: what the roles that never mint (bot, web) need, and what the
 * minter (ChainClient) builds on. Every wait is a poll with a timeout (ethers' tx.wait()
 * was seen to hang against anvil).
 */
export class ChainReader {
  readonly provider: JsonRpcProvider;
  protected readonly timeoutMs: number;
  protected readonly pollMs: number;

  constructor(protected readonly opts: ChainReaderOptions) {
    this.provider = new JsonRpcProvider(opts.rpcUrl, opts.chainId, { staticNetwork: opts.chainId !== undefined, pollingInterval: opts.pollMs ?? 250, cacheTimeout: -1 });
    this.timeoutMs = opts.rpcTimeoutMs ?? 10_000;
    this.pollMs = opts.pollMs ?? 250;
  }

  get tokenAddress(): string {
    return this.opts.tokenAddress;
  }

  /**
   * Start-up check: the node answers, reports the configured chain id, and the token has code.
   * @throws ChainError chain.unreachable, chain.wrong_chain_id, chain.no_contract
   */
  async check(): Promise<{ chainId: number }> {
    const chainId = Number(await this.raw<string>('eth_chainId', []));
    if (this.opts.chainId !== undefined && chainId !== this.opts.chainId) {
      throw new ChainError('chain.wrong_chain_id', `the node at RPC_URL is chain ${chainId}, CHAIN_ID says ${this.opts.chainId}`, false);
    }
    const code = await this.raw<string>('eth_getCode', [this.opts.tokenAddress, 'latest']);
    if (code === '0x') throw new ChainError('chain.no_contract', `no contract at TNET_ADDRESS ${this.opts.tokenAddress} on chain ${chainId}`, false);
    return { chainId };
  }

  /** Whether the contract has minted this batch id. */
  async batchMinted(batchId: string): Promise<boolean> {
    return (await this.read('batchMinted', [batchId]))[0] as boolean;
  }

  /** Whether the contract had minted this batch id as of block `block` (false before its deployment). */
  async batchMintedAt(batchId: string, block: number): Promise<boolean> {
    const data = await this.raw<string>('eth_call', [{ to: this.opts.tokenAddress, data: tnetInterface.encodeFunctionData('batchMinted', [batchId]) }, toQuantity(block)]);
    // No code at that block: the token was deployed later, so it had minted nothing.
    if (data === '0x') return false;
    return tnetInterface.decodeFunctionResult('batchMinted', data)[0] as boolean;
  }

  /** The receipt of a transaction with its confirmations, or undefined while none exists. */
  async receipt(txHash: string): Promise<MintReceipt | undefined> {
    const r = await this.raw<{ blockNumber: string; status: string } | null>('eth_getTransactionReceipt', [txHash]);
    if (!r) return undefined;
    const head = await this.blockNumber();
    const blockNumber = Number(r.blockNumber);
    return { txHash, blockNumber, status: Number(r.status), confirmations: head - blockNumber + 1 };
  }

  /** Whether the node still knows a transaction (pending or mined); false means dropped. */
  async knowsTransaction(txHash: string): Promise<boolean> {
    return (await this.raw('eth_getTransactionByHash', [txHash])) !== null;
  }

  /**
   * Polls for a receipt with at least `confirmations`, up to `timeoutMs`.
   * @returns the receipt, or undefined when the time ran out (the caller reconciles later).
   */
  async waitForReceipt(txHash: string, confirmations: number, timeoutMs: number): Promise<MintReceipt | undefined> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const r = await this.receipt(txHash);
      if (r && (r.status === 0 || r.confirmations >= confirmations)) return r;
      if (Date.now() >= deadline) return r;
      await new Promise((resolve) => setTimeout(resolve, this.pollMs));
    }
  }

  /**
   * The transaction that minted a batch id and its totals, from the TNETBatchMinted event,
   * searched from `fromBlock` (never before the deployment block) to `toBlock` (default the
   * head) in ranges of at most `logRange` blocks, newest first.
   */
  async findBatchMint(batchId: string, fromBlock = 0, toBlock?: number): Promise<BatchMint | undefined> {
    const event = tnetInterface.getEvent('TNETBatchMinted')!;
    const to = toBlock ?? (await this.blockNumber());
    const ranges = blockRanges(Math.max(fromBlock, this.opts.deployBlock ?? 0), to, this.opts.logRange ?? 1000).reverse();
    for (const [from, upTo] of ranges) {
      const logs = await this.raw<{ data: string; topics: string[]; transactionHash: string; blockNumber: string }[]>('eth_getLogs', [
        { address: this.opts.tokenAddress, topics: [event.topicHash, batchId], fromBlock: toQuantity(from), toBlock: toQuantity(upTo) },
      ]);
      const log = logs[0];
      if (!log) continue;
      const parsed = tnetInterface.decodeEventLog(event, log.data, log.topics);
      return { txHash: log.transactionHash, blockNumber: Number(log.blockNumber), minersTotal: parsed.minersTotal as bigint, foundationTotal: parsed.foundationTotal as bigint };
    }
    return undefined;
  }

  /**
   * The TNETBatchMinted events of this token in a transaction's receipt (its batch ids read
   * from the chain, for the transparency page); undefined while the node has no receipt.
   */
  async batchMintedEventsOf(txHash: string): Promise<{ batchId: string; blockNumber: number; minersTotal: bigint; foundationTotal: bigint }[] | undefined> {
    const r = await this.raw<{ blockNumber: string; logs: { address: string; data: string; topics: string[] }[] } | null>('eth_getTransactionReceipt', [txHash]);
    if (!r) return undefined;
    const event = tnetInterface.getEvent('TNETBatchMinted')!;
    const token = this.opts.tokenAddress.toLowerCase();
    return r.logs
      .filter((l) => l.address.toLowerCase() === token && l.topics[0] === event.topicHash)
      .map((l) => {
        const parsed = tnetInterface.decodeEventLog(event, l.data, l.topics);
        return { batchId: (parsed.batchId as string).toLowerCase(), blockNumber: Number(r.blockNumber), minersTotal: parsed.minersTotal as bigint, foundationTotal: parsed.foundationTotal as bigint };
      });
  }

  /** The head block number, asked of the node each time (ethers caches getBlockNumber). */
  async blockNumber(): Promise<number> {
    return Number(await this.raw<string>('eth_blockNumber', []));
  }

  async balanceOf(address: string): Promise<bigint> {
    return (await this.read('balanceOf', [address]))[0] as bigint;
  }

  /** All TNET in existence, base units. */
  async totalSupply(): Promise<bigint> {
    return (await this.read('totalSupply', []))[0] as bigint;
  }

  async foundation(): Promise<{ address: string; bps: number }> {
    const [[address], [bps]] = await Promise.all([this.read('foundation', []), this.read('foundationBps', [])]);
    return { address: address as string, bps: Number(bps) };
  }

  destroy(): void {
    this.provider.destroy();
  }

  /**
   * A plain JSON-RPC call. State reads go through here, not through ethers' provider
   * helpers, which share identical requests for a short while: a nonce, a block number or
   * batchMinted read just after a send must come fresh from the node.
   */
  protected raw<T>(method: string, params: unknown[]): Promise<T> {
    return this.rpc(() => this.provider.send(method, params) as Promise<T>);
  }

  protected async read(fn: string, args: unknown[], block?: number): Promise<unknown[]> {
    const tag = block === undefined ? 'latest' : toQuantity(block);
    const data = await this.raw<string>('eth_call', [{ to: this.opts.tokenAddress, data: tnetInterface.encodeFunctionData(fn, args) }, tag]);
    return [...tnetInterface.decodeFunctionResult(fn, data)];
  }

  protected async rpc<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await this.withTimeout(call());
    } catch (e) {
      throw this.translate(e);
    }
  }

  protected withTimeout<T>(p: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ChainError('chain.unreachable', `the node did not answer within ${this.timeoutMs} ms`, true)), this.timeoutMs);
    });
    return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
  }

  protected translate(e: unknown): Error {
    if (e instanceof ChainError) return e;
    const message = e instanceof Error ? e.message.split('\n')[0]!.slice(0, 200) : String(e);
    return new ChainError('chain.unreachable', `RPC call failed: ${message}`, true);
  }
}
