import { Interface, JsonRpcProvider, Wallet, isError, keccak256, toQuantity, toUtf8Bytes, type TransactionRequest } from 'ethers';
import artifact from '../../contracts/artifacts/TNET.json';
import { blockRanges } from './block-ranges';

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

export interface ChainClientOptions {
  rpcUrl: string;
  /** Expected chain id; start-up fails when the node reports another. */
  chainId?: number;
  tokenAddress: string;
  minterPrivateKey: string;
  /** Milliseconds one RPC call may take before it counts as a failure. */
  rpcTimeoutMs?: number;
  /** Highest max fee per gas (wei) a mint may pay; above it, sending waits for cheaper blocks. */
  maxFeePerGasWei?: bigint;
  /** Milliseconds between receipt polls. */
  pollMs?: number;
  /** The block the token was deployed in: no event of it is older (default 0). */
  deployBlock?: number;
  /** Most blocks one eth_getLogs call asks for (providers refuse wider ranges; default 1000). */
  logRange?: number;
}

/** EIP-1559 fees of one transaction, wei. */
export interface TxFees {
  maxFeePerGas: bigint;
  maxPriorityFeePerGas: bigint;
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

export interface SentTx {
  txHash: string;
  nonce: number;
}

const tnetInterface = new Interface(artifact.abi);
const MINTER_ROLE = keccak256(toUtf8Bytes('MINTER_ROLE'));
/** EIP-7825: the most gas one transaction may ask for. */
export const TX_GAS_CAP = 16_777_216n;

/** keccak256 of bytes as 0x hex: batch ids are the hash of their manifest. */
export const keccakHex = (bytes: Uint8Array): string => keccak256(bytes);

/**
 * The one place that speaks to the chain. Nonces are always read from the node (pending),
 * never kept in memory, so replicas and restarts cannot collide; every wait is a poll
 * with a timeout (ethers' tx.wait() was seen to hang against anvil).
 */
export class ChainClient {
  readonly provider: JsonRpcProvider;
  private readonly signer: Wallet;
  private readonly timeoutMs: number;
  private readonly pollMs: number;

  constructor(private readonly opts: ChainClientOptions) {
    this.provider = new JsonRpcProvider(opts.rpcUrl, opts.chainId, { staticNetwork: opts.chainId !== undefined, pollingInterval: opts.pollMs ?? 250, cacheTimeout: -1 });
    this.signer = new Wallet(opts.minterPrivateKey, this.provider);
    this.timeoutMs = opts.rpcTimeoutMs ?? 10_000;
    this.pollMs = opts.pollMs ?? 250;
  }

  get minterAddress(): string {
    return this.signer.address;
  }

  get tokenAddress(): string {
    return this.opts.tokenAddress;
  }

  /**
   * Start-up check: the node answers, reports the configured chain id, the token has code,
   * and the signer holds MINTER_ROLE.
   * @throws ChainError chain.unreachable, chain.wrong_chain_id, chain.no_contract, chain.not_minter
   */
  async check(): Promise<{ chainId: number }> {
    const chainId = Number(await this.raw<string>('eth_chainId', []));
    if (this.opts.chainId !== undefined && chainId !== this.opts.chainId) {
      throw new ChainError('chain.wrong_chain_id', `the node at RPC_URL is chain ${chainId}, CHAIN_ID says ${this.opts.chainId}`, false);
    }
    const code = await this.raw<string>('eth_getCode', [this.opts.tokenAddress, 'latest']);
    if (code === '0x') throw new ChainError('chain.no_contract', `no contract at TNET_ADDRESS ${this.opts.tokenAddress} on chain ${chainId}`, false);
    const [isMinter] = await this.read('hasRole', [MINTER_ROLE, this.signer.address]);
    if (!isMinter) throw new ChainError('chain.not_minter', `the MINTER_PRIVATE_KEY account ${this.signer.address} lacks MINTER_ROLE on ${this.opts.tokenAddress}`, false);
    return { chainId };
  }

  /** Whether the contract has minted this batch id. */
  async batchMinted(batchId: string): Promise<boolean> {
    return (await this.read('batchMinted', [batchId]))[0] as boolean;
  }

  /** The account's next nonce, counting its pending transactions. */
  async pendingNonce(): Promise<number> {
    return this.nonceAt('pending');
  }

  /** Whether the contract had minted this batch id as of block `block` (false before its deployment). */
  async batchMintedAt(batchId: string, block: number): Promise<boolean> {
    const data = await this.raw<string>('eth_call', [{ to: this.opts.tokenAddress, data: tnetInterface.encodeFunctionData('batchMinted', [batchId]) }, toQuantity(block)]);
    // No code at that block: the token was deployed later, so it had minted nothing.
    if (data === '0x') return false;
    return tnetInterface.decodeFunctionResult('batchMinted', data)[0] as boolean;
  }

  /** The minter's transaction count at a block, at the head ('latest') or with its pending ones. */
  async minterNonce(at: 'latest' | 'pending' | number): Promise<number> {
    return this.nonceAt(at);
  }

  /**
   * The gas limit a mintBatch needs (20 % over the estimate, at most the per-transaction
   * cap). Estimating first means a batch the contract would refuse fails here, unsent.
   * @throws ChainError chain.rejected (with the contract's error name), chain.unreachable
   */
  async estimateMint(batchId: string, recipients: string[], grossAmounts: bigint[], nonce: number): Promise<bigint> {
    const data = tnetInterface.encodeFunctionData('mintBatch', [batchId, recipients, grossAmounts]);
    let gasLimit: bigint;
    try {
      // Against the latest block: a node may estimate on its pending state, where the
      // transaction this one replaces already minted the batch.
      gasLimit = BigInt(
        await this.withTimeout(this.provider.send('eth_estimateGas', [{ from: this.signer.address, to: this.opts.tokenAddress, data, nonce: toQuantity(nonce) }, 'latest']) as Promise<string>),
      );
    } catch (e) {
      const reason = this.revertName(e);
      if (reason) throw new ChainError('chain.rejected', `mintBatch would revert: ${reason}`, false);
      throw this.translate(e);
    }
    const headroom = (gasLimit * 12n) / 10n;
    return headroom < TX_GAS_CAP ? headroom : TX_GAS_CAP;
  }

  /**
   * Sends mintBatch at a given nonce with given fees (a first send, a resend of a dropped
   * one, or a replacement at higher fees); returns its hash.
   * @throws ChainError chain.nonce_used, chain.underpriced, chain.unreachable
   */
  async sendMint(batchId: string, recipients: string[], grossAmounts: bigint[], tx: { nonce: number; gasLimit: bigint; fees: TxFees }): Promise<string> {
    const data = tnetInterface.encodeFunctionData('mintBatch', [batchId, recipients, grossAmounts]);
    try {
      const sent = await this.withTimeout(this.signer.sendTransaction({ to: this.opts.tokenAddress, data, nonce: tx.nonce, gasLimit: tx.gasLimit, ...tx.fees }));
      return sent.hash;
    } catch (e) {
      if (isError(e, 'NONCE_EXPIRED')) throw new ChainError('chain.nonce_used', `nonce ${tx.nonce} is already used`, false);
      const text = e instanceof Error ? e.message : String(e);
      if (isError(e, 'REPLACEMENT_UNDERPRICED') || /already known|underpriced/i.test(text)) {
        throw new ChainError('chain.underpriced', `the node keeps another transaction at nonce ${tx.nonce}`, false);
      }
      if (/nonce too low/i.test(text)) throw new ChainError('chain.nonce_used', `nonce ${tx.nonce} is already used`, false);
      throw this.translate(e);
    }
  }

  /**
   * What the market asks now: max fee = 2 x base fee + tip, the tip from the node.
   * @throws ChainError chain.unreachable
   */
  async marketFees(): Promise<{ baseFee: bigint; fees: TxFees }> {
    const block = await this.raw<{ baseFeePerGas?: string } | null>('eth_getBlockByNumber', ['latest', false]);
    const baseFee = BigInt(block?.baseFeePerGas ?? '0x0');
    const tip = BigInt(await this.raw<string>('eth_maxPriorityFeePerGas', []).catch(() => '0x3b9aca00'));
    return { baseFee, fees: { maxFeePerGas: 2n * baseFee + tip, maxPriorityFeePerGas: tip } };
  }

  /**
   * Sends mintBatch. The gas is estimated first, so a batch the contract would refuse
   * (replay, cap) fails here as chain.rejected instead of burning gas.
   * @throws ChainError chain.rejected (with the contract's error name), chain.unreachable
   */
  async sendMintBatch(batchId: string, recipients: string[], grossAmounts: bigint[]): Promise<SentTx> {
    const data = tnetInterface.encodeFunctionData('mintBatch', [batchId, recipients, grossAmounts]);
    const nonce = await this.pendingNonce();
    const request: TransactionRequest = { to: this.opts.tokenAddress, data, nonce, ...(await this.fees()) };
    let gasLimit: bigint;
    try {
      gasLimit = await this.withTimeout(this.signer.estimateGas(request));
    } catch (e) {
      const reason = this.revertName(e);
      if (reason) throw new ChainError('chain.rejected', `mintBatch would revert: ${reason}`, false);
      throw this.translate(e);
    }
    // 20 % headroom over the estimate (unused gas is not charged), but never past the
    // per-transaction gas cap of current Ethereum (EIP-7825), which limits the gas limit.
    const headroom = (gasLimit * 12n) / 10n;
    const tx = await this.rpc(() => this.signer.sendTransaction({ ...request, gasLimit: headroom < TX_GAS_CAP ? headroom : TX_GAS_CAP }));
    return { txHash: tx.hash, nonce };
  }

  /**
   * EIP-1559 fees from the node's current base fee: max fee = 2 x base fee + tip, capped by
   * maxFeePerGasWei. @throws ChainError chain.fees_too_high when the base fee alone is above the cap
   */
  private async fees(): Promise<Pick<TransactionRequest, 'maxFeePerGas' | 'maxPriorityFeePerGas'>> {
    const block = await this.raw<{ baseFeePerGas?: string } | null>('eth_getBlockByNumber', ['latest', false]);
    const baseFee = BigInt(block?.baseFeePerGas ?? '0x0');
    const tip = BigInt(await this.raw<string>('eth_maxPriorityFeePerGas', []).catch(() => '0x3b9aca00'));
    let maxFeePerGas = 2n * baseFee + tip;
    const cap = this.opts.maxFeePerGasWei;
    if (cap !== undefined) {
      if (baseFee > cap) throw new ChainError('chain.fees_too_high', `base fee ${baseFee} wei is above MINT_MAX_FEE_GWEI`, true);
      if (maxFeePerGas > cap) maxFeePerGas = cap;
    }
    return { maxFeePerGas, maxPriorityFeePerGas: tip < maxFeePerGas ? tip : maxFeePerGas };
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
  private raw<T>(method: string, params: unknown[]): Promise<T> {
    return this.rpc(() => this.provider.send(method, params) as Promise<T>);
  }

  private async read(fn: string, args: unknown[], block?: number): Promise<unknown[]> {
    const tag = block === undefined ? 'latest' : toQuantity(block);
    const data = await this.raw<string>('eth_call', [{ to: this.opts.tokenAddress, data: tnetInterface.encodeFunctionData(fn, args) }, tag]);
    return [...tnetInterface.decodeFunctionResult(fn, data)];
  }

  private async nonceAt(tag: 'latest' | 'pending' | number): Promise<number> {
    return Number(await this.raw<string>('eth_getTransactionCount', [this.signer.address, typeof tag === 'number' ? toQuantity(tag) : tag]));
  }

  private async rpc<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await this.withTimeout(call());
    } catch (e) {
      throw this.translate(e);
    }
  }

  private withTimeout<T>(p: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ChainError('chain.unreachable', `the node did not answer within ${this.timeoutMs} ms`, true)), this.timeoutMs);
    });
    return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
  }

  private revertName(e: unknown): string | undefined {
    const data = (e as { data?: string; info?: { error?: { data?: string } } }).data ?? (e as { info?: { error?: { data?: string } } }).info?.error?.data;
    if (typeof data !== 'string' || data.length < 10) return isError(e, 'CALL_EXCEPTION') ? (e.reason ?? 'reverted') : undefined;
    try {
      return tnetInterface.parseError(data)?.name ?? 'reverted';
    } catch {
      return 'reverted';
    }
  }

  private translate(e: unknown): Error {
    if (e instanceof ChainError) return e;
    const message = e instanceof Error ? e.message.split('\n')[0]!.slice(0, 200) : String(e);
    return new ChainError('chain.unreachable', `RPC call failed: ${message}`, true);
  }
}
