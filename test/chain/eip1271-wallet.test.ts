import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Contract, ContractFactory, JsonRpcProvider, NonceManager, Wallet, hashMessage } from 'ethers';
import { ANVIL_DEV_KEYS, startAnvil, type AnvilNode } from '../../core/chain/anvil';
import { deployTnet } from '../../core/chain/deploy';
import { createTestCore, engine, member, type TestCore } from '../helpers/test-core';

// solc ships no types; its compile() takes and returns standard JSON strings.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const solc = require('solc') as { compile(input: string): string };

/** Compiles the fixture contract wallet with the npm solc. */
function compileOwnerWallet(): { abi: unknown[]; bytecode: string } {
  const source = 'OwnerWallet.sol';
  const input = {
    language: 'Solidity',
    sources: { [source]: { content: readFileSync(path.join(__dirname, 'fixtures', source), 'utf8') } },
    settings: { evmVersion: 'paris', outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } } },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input)));
  const errors = (output.errors ?? []).filter((e: { severity: string }) => e.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map((e: { formattedMessage: string }) => e.formattedMessage).join('\n'));
  const c = output.contracts[source].OwnerWallet;
  return { abi: c.abi, bytecode: '0x' + c.evm.bytecode.object };
}

const user = (name: string) => ({ platform: 'console' as const, platformUserId: name });

describe(`EIP-1271 contract wallets on anvil and ${engine}`, () => {
  let node: AnvilNode;
  let provider: JsonRpcProvider;
  let core: TestCore;
  let walletAddress: string;
  const owner = Wallet.createRandom();

  beforeAll(async () => {
    node = await startAnvil();
    const token = await deployTnet({ rpcUrl: node.url, deployerKey: ANVIL_DEV_KEYS[0], minter: new Wallet(ANVIL_DEV_KEYS[0]).address, foundation: Wallet.createRandom().address, foundationBps: 2000 });
    provider = new JsonRpcProvider(node.url, undefined, { staticNetwork: true });
    const deployer = new NonceManager(new Wallet(ANVIL_DEV_KEYS[1], provider));
    const { abi, bytecode } = compileOwnerWallet();
    const contract = await new ContractFactory(abi as never, bytecode, deployer).deploy(owner.address);
    await contract.waitForDeployment();
    walletAddress = await contract.getAddress();
    // Read only, as ROLE=bot and web verify wallets: the check needs the node, never the minter key.
    core = await createTestCore({}, { chain: { rpcUrl: node.url, chainId: node.chainId, tokenAddress: token, pollMs: 50 } });
  }, 60_000);

  afterAll(async () => {
    await core?.cleanup();
    provider?.destroy();
    await node?.stop();
  });

  it('asks the contract with the EIP-191 hash of the message, which the owner signed', async () => {
    const message = 'hello';
    const signature = await owner.signMessage(message);
    const wallet = new Contract(walletAddress, ['function isValidSignature(bytes32,bytes) view returns (bytes4)'], provider);
    expect(await wallet.getFunction('isValidSignature')(hashMessage(message), signature)).toBe('0x1626ba7e');
  });

  it('refuses a signature by another key and changes nothing', async () => {
    const m = await member(core, 'stranger');
    const req = await core.wallets.requestLink(m, user('stranger'), walletAddress);
    const signature = await Wallet.createRandom().signMessage(req.message);
    await expect(core.wallets.verify(m, user('stranger'), signature)).rejects.toMatchObject({ code: 'wallet.bad_signature' });
    expect(await core.wallets.get(m)).toBeUndefined();
    const [open] = await core.ds.query(`SELECT count(*)::int AS n FROM link_challenge WHERE member_id = $1 AND used_at IS NULL`, [m]);
    expect(open.n).toBe(1);
    expect(await core.ds.query(`SELECT member_id FROM wallet WHERE address = $1`, [walletAddress.toLowerCase()])).toEqual([]);
  });

  it('links the contract address when its owner signs the SIWE message', async () => {
    const m = await member(core, 'safe-owner');
    const req = await core.wallets.requestLink(m, user('safe-owner'), walletAddress);
    expect(req.address).toBe(walletAddress);
    const signature = await owner.signMessage(req.message);
    await expect(core.wallets.verify(m, user('safe-owner'), signature)).resolves.toEqual({ outcome: 'linked', address: walletAddress.toLowerCase() });
    expect(await core.wallets.get(m)).toBe(walletAddress.toLowerCase());
  });
});
