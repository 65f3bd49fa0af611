import { randomBytes } from 'node:crypto';
import {
  Interface,
  JsonRpcProvider,
  Wallet,
  getAddress,
  hexlify,
} from 'ethers';
import artifact from '../contracts/artifacts/TNET.json';
import { deployTnet } from '../core/chain/deploy';
import { pollReceipt } from '../core/chain/poll-receipt';
import { ANVIL_DEV_KEYS, startAnvil, type AnvilNode } from '../core/chain/anvil';

/**
 * bench:gas: gasUsed of real TNET.mintBatch transactions on a local anvil.
 *
 * For N = 1, 50, 200, 500: a batch to N fresh recipients (new addresses), then a batch to the
 * same N addresses again under a new batch id (existing holders). Marginal gas per recipient
 * is (gas(N) - gas(1)) / (N - 1). Then the largest batch of fresh recipients whose gas fits in
 * 16,777,216 (EIP-7825's per-transaction cap), derived from base + marginal and verified with
 * real transactions sent with gasLimit = 16,777,216: that size must succeed, one more must run
 * out of gas.
 *
 * A warm-up mint runs first, so the total supply and the foundation's balance are already
 * non-zero (as on any chain past its first batch) and every measured batch pays the same
 * per-batch overhead.
 *
 * The table goes to stderr; the last line on stdout is one JSON object with the headline
 * figures.
 */

const SIZES = [1, 50, 200, 500] as const;
const TX_GAS_CAP = 16_777_216; // 2^24, EIP-7825
const TARGET_FRESH_MARGINAL = 25_100;
const TARGET_EXISTING_MARGINAL = 8_000;
// EVM floor per recipient (reference): cold slot 2,100 + zero-to-non-zero SSTORE 20,000 +
// LOG3 with 32 bytes of data 1,756 + calldata (~609 for an address and an amount word).
const FLOOR_FRESH = 24_465;
const FLOOR_EXISTING = 7_365;
const RAISED_BLOCK_GAS_LIMIT = 60_000_000n;
const RECEIPT_TIMEOUT_MS = 60_000;
const TNET = 10n ** 18n;

const log = (line = '') => process.stderr.write(line + '\n');

function randomAddress(): string {
  return getAddress(hexlify(randomBytes(20)));
}

function randomBatchId(): string {
  return hexlify(randomBytes(32));
}

/** 10 TNET plus a random remainder below 1 TNET, in base units: a typical reward. */
function grossAmount(): bigint {
  return 10n * TNET + (BigInt(hexlify(randomBytes(8))) % TNET) + 1n;
}


/** Tries the RPC methods that raise anvil's block gas limit; returns which ones worked. */
async function raiseBlockGasLimit(provider: JsonRpcProvider): Promise<{ method: string; ok: boolean; note: string }[]> {
  const results: { method: string; ok: boolean; note: string }[] = [];
  for (const method of ['anvil_setBlockGasLimit', 'evm_setBlockGasLimit']) {
    try {
      const r: unknown = await provider.send(method, ['0x' + RAISED_BLOCK_GAS_LIMIT.toString(16)]);
      await provider.send('evm_mine', []);
      const block = await provider.getBlock('latest');
      const ok = block !== null && block.gasLimit === RAISED_BLOCK_GAS_LIMIT;
      results.push({ method, ok, note: `returned ${JSON.stringify(r)}; next block gasLimit ${block?.gasLimit}` });
    } catch (e) {
      results.push({ method, ok: false, note: (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 160) });
    }
  }
  return results;
}

interface MintResult {
  gasUsed: number;
  status: number;
  calldataBytes: number;
}

async function main() {
  let node: AnvilNode | undefined;
  let provider: JsonRpcProvider | undefined;
  try {
    node = await startAnvil();
    // cacheTimeout -1: no 250 ms request cache, so a block read right after a change is fresh.
    provider = new JsonRpcProvider(node.url, node.chainId, { staticNetwork: true, pollingInterval: 100, cacheTimeout: -1 });
    const p = provider;
    const admin = new Wallet(ANVIL_DEV_KEYS[0], p);
    const foundation = randomAddress();
    const iface = new Interface(artifact.abi);

    const clientVersion: string = await p.send('web3_clientVersion', []);
    let hardfork = 'unknown';
    try {
      const info: { hardFork?: string; hardfork?: string } = await p.send('anvil_nodeInfo', []);
      hardfork = info.hardFork ?? info.hardfork ?? 'unknown';
    } catch {
      // older anvils do not have anvil_nodeInfo
    }
    const defaultBlockGasLimit = (await p.getBlock('latest'))!.gasLimit;
    const raise = await raiseBlockGasLimit(p);
    const blockGasLimit = (await p.getBlock('latest'))!.gasLimit;

    const token = await deployTnet({ rpcUrl: node.url, deployerKey: ANVIL_DEV_KEYS[0], minter: admin.address, foundation, foundationBps: 2000 });
    let nonce = await p.getTransactionCount(admin.address, 'pending');

    const mintData = (recipients: string[], amounts: bigint[]) =>
      iface.encodeFunctionData('mintBatch', [randomBatchId(), recipients, amounts]);

    /** Sends one mintBatch; gasLimit from estimateGas (+10 %) unless given. */
    const mint = async (recipients: string[], gasLimit?: bigint): Promise<MintResult> => {
      const data = mintData(recipients, recipients.map(() => grossAmount()));
      const limit = gasLimit ?? ((await p.estimateGas({ from: admin.address, to: token, data })) * 11n) / 10n;
      const sent = await admin.sendTransaction({ to: token, data, nonce: nonce++, gasLimit: limit });
      const r = await pollReceipt(p, sent.hash, RECEIPT_TIMEOUT_MS);
      if (gasLimit === undefined && r.status !== 1) throw new Error(`mintBatch of ${recipients.length} reverted`);
      if (r.status === 1 && r.logs.length !== recipients.length + 2) {
        throw new Error(`mintBatch of ${recipients.length}: ${r.logs.length} logs, expected ${recipients.length + 2}`);
      }
      return { gasUsed: Number(r.gasUsed), status: r.status ?? 0, calldataBytes: (data.length - 2) / 2 };
    };
    const estimate = async (recipients: string[]) =>
      Number(await p.estimateGas({ from: admin.address, to: token, data: mintData(recipients, recipients.map(() => grossAmount())) }));

    // Warm-up: total supply and the foundation's balance become non-zero.
    await mint([randomAddress()]);

    const fresh = new Map<number, MintResult>();
    const existing = new Map<number, MintResult>();
    for (const n of SIZES) {
      const recipients = Array.from({ length: n }, randomAddress);
      fresh.set(n, await mint(recipients));
      existing.set(n, await mint(recipients));
    }
    const g = (m: Map<number, MintResult>, n: number) => m.get(n)!.gasUsed;
    const marginal = (m: Map<number, MintResult>, n: number) => (g(m, n) - g(m, 1)) / (n - 1);

    // Largest fresh batch within the cap, from base + marginal at the largest size...
    const nTop = SIZES[SIZES.length - 1]!;
    const predicted = 1 + Math.floor((TX_GAS_CAP - g(fresh, 1)) / marginal(fresh, nTop));
    // ...then checked with estimateGas on fresh addresses (estimates leave them fresh), moving
    // until size fits and size + 1 does not.
    let pool = Array.from({ length: predicted + 20 }, randomAddress);
    const grow = (k: number) => {
      while (pool.length < k) pool = pool.concat(Array.from({ length: 50 }, randomAddress));
      return pool.slice(0, k);
    };
    let maxN = predicted;
    while ((await estimate(grow(maxN))) > TX_GAS_CAP) maxN--;
    while ((await estimate(grow(maxN + 1))) <= TX_GAS_CAP) maxN++;
    const estAtMax = await estimate(grow(maxN));
    const estAbove = await estimate(grow(maxN + 1));
    // Real transactions with gasLimit = the cap: one more than the limit first (it must run out
    // of gas and revert, leaving the addresses fresh), then the limit itself (it must succeed).
    const over = await mint(grow(maxN + 1), BigInt(TX_GAS_CAP));
    const atMax = await mint(grow(maxN), BigInt(TX_GAS_CAP));
    const verified = atMax.status === 1 && atMax.gasUsed <= TX_GAS_CAP && over.status === 0;
    // core/chain/chain-client.ts sends mintBatch with gasLimit = estimate * 1.2, and EIP-7825
    // caps the gas *limit*, not the gas used: the largest batch it can send is smaller.
    // A new pool: the first maxN addresses of the old one are holders now.
    pool = Array.from({ length: predicted }, randomAddress);
    const withHeadroom = async (k: number) => (BigInt(await estimate(grow(k))) * 12n) / 10n;
    let maxNHeadroom = 1 + Math.floor((TX_GAS_CAP / 1.2 - g(fresh, 1)) / marginal(fresh, nTop));
    while ((await withHeadroom(maxNHeadroom)) > BigInt(TX_GAS_CAP)) maxNHeadroom--;
    while ((await withHeadroom(maxNHeadroom + 1)) <= BigInt(TX_GAS_CAP)) maxNHeadroom++;
    const headroomAtMax = Number(await withHeadroom(maxNHeadroom));
    const headroomAbove = Number(await withHeadroom(maxNHeadroom + 1));
    // Recommended limit: 10 % below the tighter of the two, rounded down to a multiple of 50.
    const safeLimit = Math.floor((Math.min(maxN, maxNHeadroom) * 0.9) / 50) * 50;

    // Report.
    const fmt = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 1 });
    const pad = (s: string, w: number) => s.padStart(w);
    log(`anvil: ${clientVersion}, hardfork ${hardfork}, chain ${node.chainId}`);
    log(`block gas limit: default ${defaultBlockGasLimit}, now ${blockGasLimit}`);
    for (const r of raise) log(`  ${r.method}: ${r.ok ? 'works' : 'does not work'} (${r.note})`);
    log(`TNET at ${token}, foundation bps 2000; compiler ${artifact.compiler}, optimizer ${JSON.stringify(artifact.settings.optimizer)}, evm ${artifact.settings.evmVersion}`);
    log('');
    log(`${pad('N', 5)} ${pad('fresh gas', 12)} ${pad('fresh/recip', 12)} ${pad('exist. gas', 12)} ${pad('exist./recip', 13)} ${pad('calldata B', 11)}`);
    for (const n of SIZES) {
      log(
        `${pad(String(n), 5)} ${pad(fmt(g(fresh, n)), 12)} ${pad(n === 1 ? '-' : fmt(marginal(fresh, n)), 12)} ${pad(fmt(g(existing, n)), 12)} ${pad(
          n === 1 ? '-' : fmt(marginal(existing, n)),
          13,
        )} ${pad(fmt(fresh.get(n)!.calldataBytes), 11)}`,
      );
    }
    const fm200 = marginal(fresh, 200);
    const em200 = marginal(existing, 200);
    log('');
    log(`marginal at 200, fresh: ${fmt(fm200)} gas (target <= ${fmt(TARGET_FRESH_MARGINAL)}: ${fm200 <= TARGET_FRESH_MARGINAL ? 'MET' : 'NOT MET'}; EVM floor ~${fmt(FLOOR_FRESH)}, overhead ${fmt(fm200 - FLOOR_FRESH)})`);
    log(`marginal at 200, existing: ${fmt(em200)} gas (target <= ${fmt(TARGET_EXISTING_MARGINAL)}: ${em200 <= TARGET_EXISTING_MARGINAL ? 'MET' : 'NOT MET'}; EVM floor ~${fmt(FLOOR_EXISTING)}, overhead ${fmt(em200 - FLOOR_EXISTING)})`);
    log(`largest fresh batch within ${fmt(TX_GAS_CAP)} gas: ${maxN} (predicted from base + marginal@${nTop}: ${predicted})`);
    log(`  estimateGas: ${maxN} -> ${fmt(estAtMax)}, ${maxN + 1} -> ${fmt(estAbove)}`);
    log(`  sent with gasLimit ${TX_GAS_CAP}: ${maxN} -> status ${atMax.status}, gasUsed ${fmt(atMax.gasUsed)}; ${maxN + 1} -> status ${over.status} (out of gas)`);
    log(`  verified: ${verified}`);
    log(`largest fresh batch whose gasLimit = estimate * 1.2 (as core/chain/chain-client.ts sends) fits ${fmt(TX_GAS_CAP)}: ${maxNHeadroom}`);
    log(`  gasLimit: ${maxNHeadroom} -> ${fmt(headroomAtMax)}, ${maxNHeadroom + 1} -> ${fmt(headroomAbove)}`);
    log(`recommended per-batch recipient limit (10 % below the tighter limit, rounded down to 50): ${safeLimit}`);

    const round1 = (x: number) => Math.round(x * 10) / 10;
    const headline: Record<string, number | string | boolean> = {
      fresh_marginal_gas_at_200: round1(fm200),
      existing_marginal_gas_at_200: round1(em200),
      fresh_marginal_gas_at_50: round1(marginal(fresh, 50)),
      fresh_marginal_gas_at_500: round1(marginal(fresh, 500)),
      existing_marginal_gas_at_50: round1(marginal(existing, 50)),
      existing_marginal_gas_at_500: round1(marginal(existing, 500)),
      fresh_batch_1_gas: g(fresh, 1),
      existing_batch_1_gas: g(existing, 1),
      fresh_batch_500_gas: g(fresh, 500),
      existing_batch_500_gas: g(existing, 500),
      max_fresh_batch_under_16m_gas: maxN,
      max_fresh_batch_gas_used: atMax.gasUsed,
      max_fresh_batch_verified: verified,
      max_fresh_batch_with_20pct_gas_limit_headroom: maxNHeadroom,
      recommended_batch_limit_recipients: safeLimit,
      fresh_target_met: fm200 <= TARGET_FRESH_MARGINAL,
      existing_target_met: em200 <= TARGET_EXISTING_MARGINAL,
    };
    process.stdout.write(JSON.stringify(headline) + '\n');
    if (!verified) process.exitCode = 1;
  } finally {
    provider?.destroy();
    await node?.stop();
  }
}

main().catch((e) => {
  process.stderr.write(`bench:gas failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
