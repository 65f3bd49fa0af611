import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JsonRpcProvider, Wallet } from 'ethers';
import { ANVIL_DEV_KEYS, startAnvil, type AnvilNode } from './anvil';
import { deployTnetAt } from './deploy';

export interface LocalChain {
  node: AnvilNode;
  rpcUrl: string;
  chainId: number;
  tokenAddress: string;
  minterPrivateKey: string;
  foundationAddress: string;
  /** The block TNET was deployed in (0 for a deployment remembered from before it was recorded). */
  deployBlock: number;
}

/**
 * The embedded default chain: an anvil whose state lives under DATA_DIR/chain (balances
 * survive a restart), with TNET deployed once and its address remembered there. Uses
 * anvil's public dev keys: never for a real network.
 */
export async function startLocalChain(dataDir: string, opts: { foundationAddress?: string; foundationBps: number }): Promise<LocalChain> {
  const dir = path.join(dataDir, 'chain');
  mkdirSync(dir, { recursive: true });
  const node = await startAnvil({ stateFile: path.join(dir, 'anvil-state.json') });
  try {
    const minterPrivateKey = ANVIL_DEV_KEYS[0];
    const foundationAddress = opts.foundationAddress ?? new Wallet(ANVIL_DEV_KEYS[1]).address;
    const deploymentFile = path.join(dir, 'deployment.json');
    let tokenAddress: string | undefined;
    let deployBlock = 0;
    if (existsSync(deploymentFile)) {
      const saved = JSON.parse(readFileSync(deploymentFile, 'utf8')) as { tokenAddress: string; deployBlock?: number };
      deployBlock = saved.deployBlock ?? 0;
      const provider = new JsonRpcProvider(node.url, undefined, { staticNetwork: true });
      // A deployment whose chain state was lost (deleted state file) is deployed again.
      if ((await provider.getCode(saved.tokenAddress)) !== '0x') tokenAddress = saved.tokenAddress;
      provider.destroy();
    }
    if (!tokenAddress) {
      ({ address: tokenAddress, blockNumber: deployBlock } = await deployTnetAt({
        rpcUrl: node.url,
        deployerKey: minterPrivateKey,
        minter: new Wallet(minterPrivateKey).address,
        foundation: foundationAddress,
        foundationBps: opts.foundationBps,
      }));
      writeFileSync(deploymentFile, JSON.stringify({ tokenAddress, chainId: node.chainId, deployBlock }, null, 2) + '\n');
    }
    return { node, rpcUrl: node.url, chainId: node.chainId, tokenAddress, minterPrivateKey, foundationAddress, deployBlock };
  } catch (e) {
    await node.stop();
    throw e;
  }
}
