import { Wallet } from 'ethers';
import { ANVIL_DEV_KEYS, startAnvil, type AnvilNode } from '../../core/chain/anvil';
import { deployTnet } from '../../core/chain/deploy';
import { activeCampaign, createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { submitServed } from '../helpers/serve';

const TNET = 10n ** 18n;
const BPS = 2000n;
const net = (gross: bigint) => gross - (gross * BPS) / 10000n;

describe(`mint of corrected rewards on anvil and ${engine}`, () => {
  let node: AnvilNode;
  let core: TestCore;

  beforeAll(async () => {
    node = await startAnvil();
    const token = await deployTnet({ rpcUrl: node.url, deployerKey: ANVIL_DEV_KEYS[0], minter: new Wallet(ANVIL_DEV_KEYS[0]).address, foundation: Wallet.createRandom().address, foundationBps: Number(BPS) });
    core = await createTestCore({}, {
      chain: { rpcUrl: node.url, chainId: node.chainId, tokenAddress: token, minterPrivateKey: ANVIL_DEV_KEYS[0], pollMs: 50 },
      mint: { confirmTimeoutMs: 20_000, retries: 2, retryBaseMs: 50 },
    });
  }, 60_000);

  afterAll(async () => {
    await core?.cleanup();
    await node?.stop();
  });

  /** A correcting row taking back the whole reward of `memberId`'s first row (what a re-score writes). */
  async function takeBack(memberId: number): Promise<void> {
    await core.ds.query(
      `INSERT INTO reward_ledger (member_id, campaign_id, task_id, answer_id, amount, status, rule, consensus_label, corrects_id)
       SELECT member_id, campaign_id, task_id, answer_id, -amount, 'pending', 'consensus.corrected', 'dog', id
       FROM reward_ledger WHERE member_id = $1 AND corrects_id IS NULL ORDER BY id LIMIT 1`,
      [memberId],
    );
  }

  it('nets correcting rows per wallet, and a wallet whose corrections outweigh its earnings waits', async () => {
    const [e, f] = await Promise.all(['corr-e', 'corr-f'].map((n) => member(core, n)));
    for (const winners of [[e!, f!], [e!]]) {
      const c = await activeCampaign(core, { items: 1, def: { answersPerTask: winners.length, reward: '10' } });
      const [t] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1`, [c]);
      for (const m of winners) await submitServed(core, { memberId: m, taskId: t.id, choice: 'cat' });
    }
    await takeBack(e!);
    await takeBack(f!);
    const [we, wf] = [Wallet.createRandom().address.toLowerCase(), Wallet.createRandom().address.toLowerCase()];
    await core.ds.query(`INSERT INTO wallet (member_id, address) VALUES ($1, $2), ($3, $4)`, [e, we, f, wf]);

    const summary = await core.mint!.run();
    expect(summary).toMatchObject({ prepared: 1, confirmed: 1, failed: 0, mintedGross: 10n * TNET });
    expect(await core.chain!.balanceOf(we)).toBe(net(10n * TNET));
    expect(await core.chain!.balanceOf(wf)).toBe(0n);
    expect(await core.rewards.balance(e!)).toMatchObject({ pending: 0n, minted: 10n * TNET });
    // f's reward and its correction stay pending, in no batch, until new earnings cover them.
    const rows = await core.ds.query(`SELECT amount::text AS amount, status, mint_batch_id FROM reward_ledger WHERE member_id = $1 ORDER BY id`, [f]);
    expect(rows).toEqual([
      { amount: (10n * TNET).toString(), status: 'pending', mint_batch_id: null },
      { amount: (-10n * TNET).toString(), status: 'pending', mint_batch_id: null },
    ]);
    expect((await core.mint!.run()).prepared).toBe(0);
  });
});
