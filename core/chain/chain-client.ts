import { Wallet, isError, keccak256, toQuantity, toUtf8Bytes, type TransactionRequest } from 'ethers';
import { ChainError } from './chain-error';
import { ChainReader, tnetInterface, type ChainReaderOptions } from './chain-reader';

export interface ChainClientOptions extends ChainReaderOptions {
  /** The key holding MINTER_ROLE: only the processes that mint (ROLE=jobs, all, `tnet mint`) hold it. */
  minterPrivateKey: string;
  /** Highest max fee per gas (wei) a mint may pay; above it, sending waits for cheaper blocks. */
  maxFeePerGasWei?: bigint;
}

/** EIP-1559 fees of one transaction, wei. */
export interface TxFees {
  maxFeePerGas: bigint;
  maxPriorityFeePerGas: bigint;
}

export interface SentTx {
  txHash: string;
  nonce: number;
}

const MINTER_ROLE = keccak256(toUtf8Bytes('MINTER_ROLE'));
/** EIP-7825: the most gas one transaction may ask for. */
export const TX_GAS_CAP = 16_777_216n;

/** keccak256 of bytes as 0x hex: batch ids are the hash of their manifest. */
export const keccakHex = (bytes: Uint8Array): string => keccak256(bytes);

/** Whether chain options carry the minter key (a process that mints) or only read. */
export const holdsMinterKey = (opts: ChainReaderOptions | ChainClientOptions): opts is ChainClientOptions =>
  typeof (opts as Partial<ChainClientOptions>).minterPrivateKey === 'string';

/**
 * The chain with the minter's key: everything ChainReader reads, and the mint's sends.
 * Nonces are always read from the node (pending), never kept in memory, so replicas and
 * restarts cannot collide.
 */
export class ChainClient extends ChainReader {
  private readonly signer: Wallet;
  private readonly maxFeePerGasWei: bigint | undefined;

  constructor(opts: ChainClientOptions) {
    super(opts);
    this.signer = new Wallet(opts.minterPrivateKey, this.provider);
    this.maxFeePerGasWei = opts.maxFeePerGasWei;
  }

  get minterAddress(): string {
    return this.signer.address;
  }

  /**
   * Start-up check: ChainReader's (node, chain id, token code), and the signer holds MINTER_ROLE.
   * @throws ChainError chain.unreachable, chain.wrong_chain_id, chain.no_contract, chain.not_minter
   */
  override async check(): Promise<{ chainId: number }> {
    const checked = await super.check();
    const [isMinter] = await this.read('hasRole', [MINTER_ROLE, this.signer.address]);
    if (!isMinter) throw new ChainError('chain.not_minter', `the MINTER_PRIVATE_KEY account ${this.signer.address} lacks MINTER_ROLE on ${this.opts.tokenAddress}`, false);
    return checked;
  }

  /** The account's next nonce, counting its pending transactions. */
  async pendingNonce(): Promise<number> {
    return this.nonceAt('pending');
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
    const cap = this.maxFeePerGasWei;
    if (cap !== undefined) {
      if (baseFee > cap) throw new ChainError('chain.fees_too_high', `base fee ${baseFee} wei is above MINT_MAX_FEE_GWEI`, true);
      if (maxFeePerGas > cap) maxFeePerGas = cap;
    }
    return { maxFeePerGas, maxPriorityFeePerGas: tip < maxFeePerGas ? tip : maxFeePerGas };
  }

  private async nonceAt(tag: 'latest' | 'pending' | number): Promise<number> {
    return Number(await this.raw<string>('eth_getTransactionCount', [this.signer.address, typeof tag === 'number' ? toQuantity(tag) : tag]));
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
}
