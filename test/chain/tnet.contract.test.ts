import fc from 'fast-check';
import {
  ContractFactory,
  JsonRpcProvider,
  Wallet,
  ZeroAddress,
  ZeroHash,
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
const CAP = 6_000_000_000n * 10n ** 18n;
const addr = (label: string) => getAddress(keccak256(Buffer.from(label)).slice(0, 42));
let batchSeq = 0;
const nextBatchId = () => keccak256(Buffer.from(`batch-${++batchSeq}`));

describe('TNET on anvil', () => {
  let node: AnvilNode;
  let provider: JsonRpcProvider;
  let admin: Wallet, minter: Wallet, other: Wallet;
  let token: string; // the deployment most tests share
  const foundation = Wallet.createRandom().address;

  beforeAll(async () => {
    node = await startAnvil();
    // cacheTimeout -1: ethers otherwise answers a repeated eth_getTransactionCount from a
    // 250 ms cache, which hands out a nonce twice.
    provider = new JsonRpcProvider(node.url, node.chainId, { staticNetwork: true, pollingInterval: 50, cacheTimeout: -1 });
    [admin, minter, other] = ANVIL_DEV_KEYS.map((k) => new Wallet(k, provider)) as [Wallet, Wallet, Wallet];
    token = await deploy(admin.address, foundation, 2000n);
    await send(admin, call(token, 'grantRole', [MINTER_ROLE, minter.address]));
  }, 60_000);

  afterAll(async () => {
    provider?.destroy();
    await node?.stop();
  });

  const { send, expectRevert, parseLogs } = tnetKit(() => provider);

  const call = (to: string, fn: string, args: unknown[] = []): TransactionRequest => ({ to, data: iface.encodeFunctionData(fn, args) });

  async function read<T = bigint>(to: string, fn: string, args: unknown[] = []): Promise<T> {
    const out = await provider.call(call(to, fn, args));
    return iface.decodeFunctionResult(fn, out)[0] as T;
  }

  /** Deploys from the committed artifact; resolves with the contract's address. */
  async function deploy(adminAddr: string, foundationAddr: string, bps: bigint): Promise<string> {
    const factory = new ContractFactory(artifact.abi, artifact.bytecode, admin);
    const r = await send(admin, await factory.getDeployTransaction(adminAddr, foundationAddr, bps));
    return r.contractAddress!;
  }

  const balances = (t: string, who: string[]) => Promise.all(who.map((a) => read(t, 'balanceOf', [a])));

  describe('roles', () => {
    it('lets only MINTER_ROLE holders mint, as the admin grants and revokes it', async () => {
      const t = await deploy(admin.address, foundation, 2000n);
      const to = addr('roles-recipient');
      const mint = () => call(t, 'mintBatch', [nextBatchId(), [to], [10_000n]]);
      expect(await read<boolean>(t, 'hasRole', [ZeroHash, admin.address])).toBe(true);
      await expectRevert(admin, mint(), 'AccessControlUnauthorizedAccount', [admin.address, MINTER_ROLE]);
      await expectRevert(minter, mint(), 'AccessControlUnauthorizedAccount', [minter.address, MINTER_ROLE]);

      const granted = await send(admin, call(t, 'grantRole', [MINTER_ROLE, minter.address]));
      expect(parseLogs(granted.logs, 'RoleGranted')).toEqual([[MINTER_ROLE, minter.address, admin.address]]);
      await send(minter, mint());
      expect(await read(t, 'balanceOf', [to])).toBe(8_000n);

      await send(admin, call(t, 'revokeRole', [MINTER_ROLE, minter.address]));
      await expectRevert(minter, mint(), 'AccessControlUnauthorizedAccount', [minter.address, MINTER_ROLE]);
      expect(await read(t, 'totalSupply')).toBe(10_000n);
    });

    it('refuses role grants and foundation changes from a non-admin', async () => {
      const denied = [other.address, ZeroHash];
      await expectRevert(other, call(token, 'grantRole', [MINTER_ROLE, other.address]), 'AccessControlUnauthorizedAccount', denied);
      await expectRevert(minter, call(token, 'grantRole', [MINTER_ROLE, other.address]), 'AccessControlUnauthorizedAccount', [minter.address, ZeroHash]);
      await expectRevert(other, call(token, 'setFoundationBps', [100n]), 'AccessControlUnauthorizedAccount', denied);
      await expectRevert(other, call(token, 'setFoundation', [other.address]), 'AccessControlUnauthorizedAccount', denied);
      await expectRevert(minter, call(token, 'setFoundation', [minter.address]), 'AccessControlUnauthorizedAccount', [minter.address, ZeroHash]);
      expect(await read<boolean>(token, 'hasRole', [MINTER_ROLE, other.address])).toBe(false);
      expect(await read<string>(token, 'foundation')).toBe(foundation);
      expect(await read(token, 'foundationBps')).toBe(2000n);
    });
  });

  describe('the cap', () => {
    it('mints exactly up to CAP and not one wei more', async () => {
      const t = await deploy(admin.address, foundation, 2000n);
      await send(admin, call(t, 'grantRole', [MINTER_ROLE, minter.address]));
      expect(await read(t, 'CAP')).toBe(CAP);
      const whale = addr('cap-whale');
      await send(minter, call(t, 'mintBatch', [nextBatchId(), [whale], [CAP]]));
      expect(await read(t, 'totalSupply')).toBe(CAP);
      expect(await balances(t, [whale, foundation])).toEqual([(CAP * 8000n) / 10000n, (CAP * 2000n) / 10000n]);
      const id1 = nextBatchId();
      await expectRevert(minter, call(t, 'mintBatch', [id1, [whale], [1n]]), 'TNETCapExceeded', [CAP + 1n, CAP]);
      expect(await read<boolean>(t, 'batchMinted', [id1])).toBe(false);
    });

    it('refuses a batch summing to CAP + 1 (and a single gross above CAP) on a fresh token', async () => {
      const t = await deploy(admin.address, foundation, 2000n);
      await send(admin, call(t, 'grantRole', [MINTER_ROLE, minter.address]));
      const [a, b] = [addr('cap-a'), addr('cap-b')];
      const half = CAP / 2n;
      const id1 = nextBatchId();
      await expectRevert(minter, call(t, 'mintBatch', [id1, [a, b, a], [half, CAP - half, 1n]]), 'TNETCapExceeded', [CAP + 1n, CAP]);
      await expectRevert(minter, call(t, 'mintBatch', [id1, [a], [CAP + 1n]]), 'TNETCapExceeded', [CAP + 1n, CAP]);
      // Mined anyway (fixed gas limit): the receipt fails and nothing of the batch remains.
      const r = await send(minter, call(t, 'mintBatch', [id1, [a, b, a], [half, CAP - half, 1n]]), { gasLimit: 1_000_000n, allowRevert: true });
      expect(r.status).toBe(0);
      expect(await balances(t, [a, b, foundation])).toEqual([0n, 0n, 0n]);
      expect(await read(t, 'totalSupply')).toBe(0n);
      expect(await read<boolean>(t, 'batchMinted', [id1])).toBe(false);
    });
  });

  it('splits every random batch exactly between recipients and the foundation', async () => {
    const pool = Array.from({ length: 6 }, (_, i) => addr(`split-${i}`));
    const entry = fc.record({ who: fc.integer({ min: 0, max: pool.length - 1 }), gross: fc.bigInt(1n, 10n ** 24n) });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 4999 }), fc.array(entry, { minLength: 1, maxLength: 20 }), async (bps, entries) => {
        await send(admin, call(token, 'setFoundationBps', [BigInt(bps)]));
        const recipients = entries.map((e) => pool[e.who]!);
        const gross = entries.map((e) => e.gross);
        const shares = gross.map((g) => (g * BigInt(bps)) / 10000n);
        const nets = gross.map((g, i) => g - shares[i]!);
        const expected = new Map(pool.map((a) => [a, 0n]));
        recipients.forEach((a, i) => expected.set(a, expected.get(a)! + nets[i]!));
        const sum = (xs: bigint[]) => xs.reduce((s, x) => s + x, 0n);

        const [before, fBefore, supplyBefore] = [await balances(token, pool), await read(token, 'balanceOf', [foundation]), await read(token, 'totalSupply')];
        const batchId = nextBatchId();
        const r = await send(minter, call(token, 'mintBatch', [batchId, recipients, gross]));
        const after = await balances(token, pool);

        pool.forEach((a, i) => expect(after[i]! - before[i]!).toBe(expected.get(a)));
        expect((await read(token, 'balanceOf', [foundation])) - fBefore).toBe(sum(shares));
        expect((await read(token, 'totalSupply')) - supplyBefore).toBe(sum(gross));
        expect(await read<boolean>(token, 'batchMinted', [batchId])).toBe(true);

        const [minted] = parseLogs(r.logs, 'TNETBatchMinted');
        expect(minted).toEqual([batchId, BigInt(entries.length), sum(nets), sum(shares)]);
        expect(sum(nets) + sum(shares)).toBe(sum(gross));
        const transfers = parseLogs(r.logs, 'Transfer');
        const want = recipients.map((a, i) => [ZeroAddress, a, nets[i]]);
        if (sum(shares) !== 0n) want.push([ZeroAddress, foundation, sum(shares)]);
        expect(transfers).toEqual(want);
        expect(r.logs.every((l) => getAddress(l.address) === getAddress(token))).toBe(true);
      }),
      { seed: 20250610, numRuns: 20, endOnFailure: true },
    );
    await send(admin, call(token, 'setFoundationBps', [2000n]));
  }, 120_000);

  describe('refusals', () => {
    const [a, b] = [addr('refuse-a'), addr('refuse-b')];
    const mint = (batchId: string, to: string[], amounts: bigint[]) => call(token, 'mintBatch', [batchId, to, amounts]);

    async function expectNothingMinted(batchId: string) {
      expect(await balances(token, [a, b, foundation])).toEqual(snapshot);
      expect(await read(token, 'totalSupply')).toBe(supply);
      expect(await read<boolean>(token, 'batchMinted', [batchId])).toBe(false);
    }
    let snapshot: bigint[];
    let supply: bigint;
    beforeEach(async () => {
      snapshot = await balances(token, [a, b, foundation]);
      supply = await read(token, 'totalSupply');
    });

    it('refuses to replay a batch id, even with other contents', async () => {
      const batchId = nextBatchId();
      await send(minter, mint(batchId, [a], [1000n]));
      snapshot = await balances(token, [a, b, foundation]);
      supply = await read(token, 'totalSupply');
      await expectRevert(minter, mint(batchId, [a], [1000n]), 'TNETBatchAlreadyMinted', [batchId]);
      await expectRevert(minter, mint(batchId, [b, a], [5n, 7n]), 'TNETBatchAlreadyMinted', [batchId]);
      expect(await balances(token, [a, b, foundation])).toEqual(snapshot);
    });

    it('refuses empty and mismatched arrays', async () => {
      const batchId = nextBatchId();
      await expectRevert(minter, mint(batchId, [], []), 'TNETEmptyBatch', []);
      await expectRevert(minter, mint(batchId, [a, b], [1n]), 'TNETLengthMismatch', [2n, 1n]);
      await expectRevert(minter, mint(batchId, [a], [1n, 2n]), 'TNETLengthMismatch', [1n, 2n]);
      await expectNothingMinted(batchId);
    });

    it('names the index of a zero recipient or a zero amount, and keeps no part of the batch', async () => {
      const batchId = nextBatchId();
      await expectRevert(minter, mint(batchId, [a, b, ZeroAddress], [1n, 2n, 3n]), 'TNETZeroRecipient', [2n]);
      await expectRevert(minter, mint(batchId, [a, b, a], [10n, 0n, 3n]), 'TNETZeroAmount', [1n]);
      // Mined with a fixed gas limit: entries before the bad one were credited, then undone.
      for (const [to, amounts] of [
        [[a, b, ZeroAddress], [10n ** 20n, 10n ** 20n, 1n]],
        [[a, b, a], [10n ** 20n, 10n ** 20n, 0n]],
      ] as const) {
        const r = await send(minter, mint(batchId, [...to], [...amounts]), { gasLimit: 1_000_000n, allowRevert: true });
        expect(r.status).toBe(0);
        expect(r.logs).toEqual([]);
      }
      await expectNothingMinted(batchId);
    });

    it('refuses a foundation share of 5000 bps or more, and a zero foundation', async () => {
      await expectRevert(admin, call(token, 'setFoundationBps', [5000n]), 'TNETFoundationBpsTooHigh', [5000n]);
      await expectRevert(admin, call(token, 'setFoundationBps', [10n ** 30n]), 'TNETFoundationBpsTooHigh', [10n ** 30n]);
      await expectRevert(admin, call(token, 'setFoundation', [ZeroAddress]), 'TNETZeroAddress', []);
      expect(await read(token, 'foundationBps')).toBe(2000n);
      expect(await read<string>(token, 'foundation')).toBe(foundation);
    });

    it('refuses to deploy with a zero admin, a zero foundation or a share of 5000 bps', async () => {
      const factory = new ContractFactory(artifact.abi, artifact.bytecode, admin);
      await expectRevert(admin, await factory.getDeployTransaction(ZeroAddress, foundation, 0n), 'TNETZeroAddress', []);
      await expectRevert(admin, await factory.getDeployTransaction(admin.address, ZeroAddress, 0n), 'TNETZeroAddress', []);
      await expectRevert(admin, await factory.getDeployTransaction(admin.address, foundation, 5000n), 'TNETFoundationBpsTooHigh', [5000n]);
    });
  });

  describe('foundation changes', () => {
    it('announces the initial foundation and share at deployment', async () => {
      const factory = new ContractFactory(artifact.abi, artifact.bytecode, admin);
      const r = await send(admin, await factory.getDeployTransaction(admin.address, foundation, 1234n));
      expect(parseLogs(r.logs, 'FoundationChanged')).toEqual([[ZeroAddress, foundation]]);
      expect(parseLogs(r.logs, 'FoundationBpsChanged')).toEqual([[0n, 1234n]]);
    });

    it('emits the old and new values, and the next batch pays the new foundation its new share', async () => {
      const t = await deploy(admin.address, foundation, 2000n);
      await send(admin, call(t, 'grantRole', [MINTER_ROLE, minter.address]));
      const next = addr('foundation-next');
      const to = addr('foundation-recipient');
      await send(minter, call(t, 'mintBatch', [nextBatchId(), [to], [10_000n]]));
      expect(await balances(t, [to, foundation, next])).toEqual([8_000n, 2_000n, 0n]);

      const bpsSet = await send(admin, call(t, 'setFoundationBps', [1500n]));
      expect(parseLogs(bpsSet.logs, 'FoundationBpsChanged')).toEqual([[2000n, 1500n]]);
      const moved = await send(admin, call(t, 'setFoundation', [next]));
      expect(parseLogs(moved.logs, 'FoundationChanged')).toEqual([[foundation, next]]);
      expect([await read<string>(t, 'foundation'), await read(t, 'foundationBps')]).toEqual([next, 1500n]);

      await send(minter, call(t, 'mintBatch', [nextBatchId(), [to, to], [10_000n, 333n]]));
      // 10000 * 1500 / 10000 = 1500; 333 * 1500 / 10000 = 49 (rounded down)
      expect(await balances(t, [to, foundation, next])).toEqual([8_000n + 8_500n + 284n, 2_000n, 1_549n]);

      const zero = await send(admin, call(t, 'setFoundationBps', [0n]));
      expect(parseLogs(zero.logs, 'FoundationBpsChanged')).toEqual([[1500n, 0n]]);
      const r = await send(minter, call(t, 'mintBatch', [nextBatchId(), [to], [7n]]));
      expect(parseLogs(r.logs, 'Transfer')).toEqual([[ZeroAddress, to, 7n]]);
      expect(await balances(t, [next])).toEqual([1_549n]);
    });
  });
});
