import {
  BaseWallet,
  ContractFactory,
  JsonRpcProvider,
  MaxUint256,
  Signature,
  TypedDataEncoder,
  Wallet,
  ZeroAddress,
  getAddress,
  id,
  keccak256,
  type TransactionRequest,
} from 'ethers';
import artifact from '../../contracts/artifacts/TNET.json';
import { ANVIL_DEV_KEYS, startAnvil, type AnvilNode } from '../../core/chain/anvil';
import { tnetInterface, tnetKit } from './tnet-kit';

const iface = tnetInterface;
const MINTER_ROLE = id('MINTER_ROLE');
const TNET = 10n ** 18n;
const addr = (label: string) => getAddress(keccak256(Buffer.from(label)).slice(0, 42));
let batchSeq = 0;
const nextBatchId = () => keccak256(Buffer.from(`permit-batch-${++batchSeq}`));
const PERMIT_TYPES = {
  Permit: [
    { name: 'owner', type: 'address' },
    { name: 'spender', type: 'address' },
    { name: 'value', type: 'uint256' },
    { name: 'nonce', type: 'uint256' },
    { name: 'deadline', type: 'uint256' },
  ],
};

describe('TNET permit and ERC20 on anvil', () => {
  let node: AnvilNode;
  let provider: JsonRpcProvider;
  let admin: Wallet, alice: Wallet, bob: Wallet;
  let token: string;

  beforeAll(async () => {
    node = await startAnvil();
    // cacheTimeout -1: ethers otherwise answers a repeated eth_getTransactionCount from a
    // 250 ms cache, which hands out a nonce twice.
    provider = new JsonRpcProvider(node.url, node.chainId, { staticNetwork: true, pollingInterval: 50, cacheTimeout: -1 });
    [admin, alice, bob] = ANVIL_DEV_KEYS.map((k) => new Wallet(k, provider)) as [Wallet, Wallet, Wallet];
    const factory = new ContractFactory(artifact.abi, artifact.bytecode, admin);
    // No foundation share here, so minted amounts are the balances.
    token = (await send(admin, await factory.getDeployTransaction(admin.address, Wallet.createRandom().address, 0n))).contractAddress!;
    await send(admin, call('grantRole', [MINTER_ROLE, admin.address]));
  }, 60_000);

  afterAll(async () => {
    provider?.destroy();
    await node?.stop();
  });

  const { send, expectRevert, parseLogs } = tnetKit(() => provider);

  const call = (fn: string, args: unknown[] = []): TransactionRequest => ({ to: token, data: iface.encodeFunctionData(fn, args) });

  async function read<T = bigint>(fn: string, args: unknown[] = []): Promise<T> {
    return iface.decodeFunctionResult(fn, await provider.call(call(fn, args)))[0] as T;
  }


  const mintTo = (to: string, amount: bigint) => send(admin, call('mintBatch', [nextBatchId(), [to], [amount]]));

  describe('permit (EIP-2612)', () => {
    const domain = () => ({ name: 'TNET', version: '1', chainId: node.chainId, verifyingContract: token });
    const latestTimestamp = async () => BigInt((await provider.getBlock('latest'))!.timestamp);

    async function signPermit(signer: BaseWallet, owner: string, spender: string, value: bigint, deadline: bigint, nonce?: bigint) {
      const n = nonce ?? (await read('nonces', [owner]));
      const sig = Signature.from(await signer.signTypedData(domain(), PERMIT_TYPES, { owner, spender, value, nonce: n, deadline }));
      return [owner, spender, value, deadline, sig.v, sig.r, sig.s];
    }

    it('uses the domain TNET / 1 / chain id / token address', async () => {
      expect(await read<string>('DOMAIN_SEPARATOR')).toBe(TypedDataEncoder.hashDomain(domain()));
      const d = iface.decodeFunctionResult('eip712Domain', await provider.call(call('eip712Domain')));
      expect([d[1], d[2], d[3], d[4]]).toEqual(['TNET', '1', BigInt(node.chainId), getAddress(token)]);
    });

    it('sets the allowance from a signature another account submits, once', async () => {
      const owner = Wallet.createRandom(); // holds no ether: permit is its only way to approve
      await mintTo(owner.address, 100n * TNET);
      const args = await signPermit(owner, owner.address, bob.address, 40n * TNET, (await latestTimestamp()) + 3600n);
      const r = await send(alice, call('permit', args));
      expect(parseLogs(r.logs, 'Approval')).toEqual([[owner.address, bob.address, 40n * TNET]]);
      expect(await read('allowance', [owner.address, bob.address])).toBe(40n * TNET);
      expect(await read('nonces', [owner.address])).toBe(1n);

      await send(bob, call('transferFrom', [owner.address, bob.address, 15n * TNET]));
      expect(await read('balanceOf', [owner.address])).toBe(85n * TNET);
      expect(await read('allowance', [owner.address, bob.address])).toBe(25n * TNET);

      // The same signature again: the nonce moved on, so it recovers to another signer.
      await expectRevert(alice, call('permit', args), 'ERC2612InvalidSigner');
      await expectRevert(bob, call('permit', args), 'ERC2612InvalidSigner');
      expect(await read('nonces', [owner.address])).toBe(1n);
      expect(await read('allowance', [owner.address, bob.address])).toBe(25n * TNET);
    });

    it('refuses an expired deadline', async () => {
      const owner = Wallet.createRandom();
      const deadline = (await latestTimestamp()) - 1n;
      const args = await signPermit(owner, owner.address, bob.address, 1n, deadline);
      await expectRevert(alice, call('permit', args), 'ERC2612ExpiredSignature', [deadline]);
      expect(await read('allowance', [owner.address, bob.address])).toBe(0n);
      expect(await read('nonces', [owner.address])).toBe(0n);
    });

    it('refuses a signature by someone other than the owner', async () => {
      const owner = Wallet.createRandom();
      const mallory = Wallet.createRandom();
      const args = await signPermit(mallory, owner.address, mallory.address, 10n * TNET, (await latestTimestamp()) + 3600n);
      await expectRevert(alice, call('permit', args), 'ERC2612InvalidSigner', [mallory.address, owner.address]);
      // Signed for other terms than submitted: recovers to neither.
      const honest = await signPermit(owner, owner.address, bob.address, 1n, (await latestTimestamp()) + 3600n);
      await expectRevert(alice, call('permit', [owner.address, bob.address, 2n, ...honest.slice(3)]), 'ERC2612InvalidSigner');
      expect(await read('allowance', [owner.address, mallory.address])).toBe(0n);
      expect(await read('nonces', [owner.address])).toBe(0n);
    });
  });

  describe('ERC20', () => {
    beforeAll(async () => {
      await mintTo(alice.address, 1000n * TNET);
    });

    it('is named TNET with symbol TNET and 18 decimals', async () => {
      expect([await read<string>('name'), await read<string>('symbol'), await read('decimals')]).toEqual(['TNET', 'TNET', 18n]);
    });

    it('transfers, and refuses more than the balance or to the zero address', async () => {
      const carol = addr('erc20-carol');
      const [a0, c0] = [await read('balanceOf', [alice.address]), await read('balanceOf', [carol])];
      const r = await send(alice, call('transfer', [carol, 7n * TNET]));
      expect(parseLogs(r.logs, 'Transfer')).toEqual([[alice.address, carol, 7n * TNET]]);
      expect([await read('balanceOf', [alice.address]), await read('balanceOf', [carol])]).toEqual([a0 - 7n * TNET, c0 + 7n * TNET]);
      const bal = a0 - 7n * TNET;
      await expectRevert(alice, call('transfer', [carol, bal + 1n]), 'ERC20InsufficientBalance', [alice.address, bal, bal + 1n]);
      await expectRevert(alice, call('transfer', [ZeroAddress, 1n]), 'ERC20InvalidReceiver', [ZeroAddress]);
    });

    it('approves, spends the allowance with transferFrom, and refuses beyond it', async () => {
      const carol = addr('erc20-carol-2');
      const r = await send(alice, call('approve', [bob.address, 50n * TNET]));
      expect(parseLogs(r.logs, 'Approval')).toEqual([[alice.address, bob.address, 50n * TNET]]);
      expect(await read('allowance', [alice.address, bob.address])).toBe(50n * TNET);
      await send(bob, call('transferFrom', [alice.address, carol, 20n * TNET]));
      expect(await read('allowance', [alice.address, bob.address])).toBe(30n * TNET);
      expect(await read('balanceOf', [carol])).toBe(20n * TNET);
      await expectRevert(bob, call('transferFrom', [alice.address, carol, 30n * TNET + 1n]), 'ERC20InsufficientAllowance', [
        bob.address,
        30n * TNET,
        30n * TNET + 1n,
      ]);
      await send(bob, call('transferFrom', [alice.address, carol, 30n * TNET]));
      expect(await read('allowance', [alice.address, bob.address])).toBe(0n);
      await expectRevert(bob, call('transferFrom', [alice.address, carol, 1n]), 'ERC20InsufficientAllowance', [bob.address, 0n, 1n]);
      await expectRevert(alice, call('approve', [ZeroAddress, 1n]), 'ERC20InvalidSpender', [ZeroAddress]);
    });

    it('never decreases an infinite approval', async () => {
      const carol = addr('erc20-carol-3');
      await send(alice, call('approve', [bob.address, MaxUint256]));
      const r = await send(bob, call('transferFrom', [alice.address, carol, 3n * TNET]));
      expect(parseLogs(r.logs, 'Approval')).toEqual([]);
      await send(bob, call('transferFrom', [alice.address, carol, 4n * TNET]));
      expect(await read('allowance', [alice.address, bob.address])).toBe(MaxUint256);
      expect(await read('balanceOf', [carol])).toBe(7n * TNET);
      const bal = await read('balanceOf', [alice.address]);
      await expectRevert(bob, call('transferFrom', [alice.address, carol, bal + 1n]), 'ERC20InsufficientBalance', [alice.address, bal, bal + 1n]);
    });
  });
});
