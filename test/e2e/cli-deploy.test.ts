import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JsonRpcProvider, Wallet } from 'ethers';
import { loadConfig } from '../../core';
import { ANVIL_DEV_KEYS, startAnvil, type AnvilNode } from '../../core/chain/anvil';

const root = path.resolve(__dirname, '../..');
const bin = path.join(root, (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin: { tnet: string } }).bin.tnet);

/** Runs `tnet <args>` with only the given variables of the config (none of the parent's). */
function tnet(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const childEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...env };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('tnet deploy to RPC_URL', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tnet-deploy-'));
  let node: AnvilNode;
  beforeAll(async () => {
    node = await startAnvil();
  });
  afterAll(async () => {
    await node?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the address first, then the deployment block as a TNET_DEPLOY_BLOCK line the config takes', async () => {
    const provider = new JsonRpcProvider(node.url);
    try {
      // Some history first, so the block is not the chain's first by accident.
      await provider.send('anvil_mine', ['0x7']);
      const env = { DATA_DIR: path.join(dir, 'data'), RPC_URL: node.url, MINTER_PRIVATE_KEY: ANVIL_DEV_KEYS[0]!, FOUNDATION_ADDRESS: Wallet.createRandom().address };
      const r = await tnet(['deploy'], env);
      expect(r.code).toBe(0);
      const [address, blockLine, ...rest] = r.stdout.trimEnd().split('\n');
      expect(rest).toEqual([]);
      expect(address).toMatch(/^0x[0-9a-fA-F]{40}$/);
      const block = Number(/^TNET_DEPLOY_BLOCK=(\d+)$/.exec(blockLine!)?.[1]);
      // The token's code appears in exactly that block.
      expect(await provider.getCode(address!, block - 1)).toBe('0x');
      expect(await provider.getCode(address!, block)).not.toBe('0x');
      expect(r.stderr).toContain(`TNET_DEPLOY_BLOCK=${block}`);
      const [key, value] = blockLine!.split('=');
      expect(loadConfig({ ...env, TNET_ADDRESS: address, [key!]: value }, root).tnetDeployBlock).toBe(block);
    } finally {
      provider.destroy();
    }
  }, 120_000);
});
