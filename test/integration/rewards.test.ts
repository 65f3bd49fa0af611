import { ONE_TNET } from '../../core';
import { activeCampaign, createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { submitServed } from '../helpers/serve';

describe(`rewards on ${engine}`, () => {
  let core: TestCore;
  const ids: Record<string, number> = {};
  let labels: number;
  let bonus: number;

  beforeAll(async () => {
    core = await createTestCore();
    // Campaign "labels": 2 TNET per accepted answer, 3 answers decide, a tie at 3 closes uncertain.
    labels = await activeCampaign(core, { items: 6, gold: [{ key: 'g', label: 'dog' }], def: { reward: '2', answersPerTask: 3, maxAnswersPerTask: 3 } });
    // Campaign "bonus": 4 TNET, one answer decides.
    bonus = await activeCampaign(core, { items: 1, def: { reward: '4', answersPerTask: 1, maxAnswersPerTask: 1 } });
    for (const n of ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'gina']) ids[n] = await member(core, `rw-${n}`);
    const t: { id: number }[] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND gold_label IS NULL ORDER BY id`, [labels]);
    const [gold] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND gold_label IS NOT NULL`, [labels]);
    const [b] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1`, [bonus]);
    const answer = async (who: string, taskId: number, choice: string) => {
      const r = await submitServed(core, { memberId: ids[who]!, taskId, choice });
      if (r.outcome !== 'accepted') throw new Error(`${who} on ${taskId}: ${r.outcome}`);
    };
    // t0: cat wins; carol mismatches.
    await answer('alice', t[0]!.id, 'cat');
    await answer('bob', t[0]!.id, 'cat');
    await answer('carol', t[0]!.id, 'dog');
    // t1: dog wins; bob mismatches.
    await answer('alice', t[1]!.id, 'dog');
    await answer('carol', t[1]!.id, 'dog');
    await answer('bob', t[1]!.id, 'cat');
    // t2: unanimous bird.
    await answer('alice', t[2]!.id, 'bird');
    await answer('dave', t[2]!.id, 'bird');
    await answer('carol', t[2]!.id, 'bird');
    // t3: a three-way tie, closed uncertain: all withheld.
    await answer('frank', t[3]!.id, 'cat');
    await answer('gina', t[3]!.id, 'dog');
    await answer('dave', t[3]!.id, 'bird');
    // t4, t5: still open.
    await answer('dave', t[4]!.id, 'cat');
    await answer('alice', t[5]!.id, 'cat');
    await answer('bob', t[5]!.id, 'dog');
    // Gold: frank wrong, gina right.
    await answer('frank', gold.id, 'cat');
    await answer('gina', gold.id, 'dog');
    // Bonus: erin earns 4 TNET with one answer.
    await answer('erin', b.id, 'cat');
    // Gold answers are judged once the campaign settles (the scoring round); judged here directly.
    await core.scoring.scoreTask(gold.id);
  });
  afterAll(async () => {
    await core.cleanup();
  });

  const tnet = (n: bigint) => n * ONE_TNET;

  it('sums pending earnings and counts accepted, withheld and awaiting answers', async () => {
    expect(await core.rewards.balance(ids.alice!)).toEqual({ pending: tnet(6n), minted: 0n, accepted: 3, withheld: 0, awaiting: 1 });
    expect(await core.rewards.balance(ids.bob!)).toEqual({ pending: tnet(2n), minted: 0n, accepted: 1, withheld: 1, awaiting: 1 });
    expect(await core.rewards.balance(ids.carol!)).toEqual({ pending: tnet(4n), minted: 0n, accepted: 2, withheld: 1, awaiting: 0 });
    expect(await core.rewards.balance(ids.dave!)).toEqual({ pending: tnet(2n), minted: 0n, accepted: 1, withheld: 1, awaiting: 1 });
    expect(await core.rewards.balance(ids.erin!)).toEqual({ pending: tnet(4n), minted: 0n, accepted: 1, withheld: 0, awaiting: 0 });
    expect(await core.rewards.balance(ids.frank!)).toEqual({ pending: 0n, minted: 0n, accepted: 0, withheld: 2, awaiting: 0 });
    expect(await core.rewards.balance(ids.gina!)).toEqual({ pending: tnet(2n), minted: 0n, accepted: 1, withheld: 1, awaiting: 0 });
  });

  it('gives a member who never answered an empty balance', async () => {
    expect(await core.rewards.balance(await member(core, 'rw-nobody'))).toEqual({ pending: 0n, minted: 0n, accepted: 0, withheld: 0, awaiting: 0 });
  });

  it('ranks by earnings, then by accepted answers, then by who came first, leaving out members with nothing earned', async () => {
    const board = await core.rewards.leaderboard(10);
    expect(board).toEqual([
      { rank: 1, memberId: ids.alice, displayName: 'rw-alice', earned: tnet(6n), accepted: 3 },
      { rank: 2, memberId: ids.carol, displayName: 'rw-carol', earned: tnet(4n), accepted: 2 },
      { rank: 3, memberId: ids.erin, displayName: 'rw-erin', earned: tnet(4n), accepted: 1 },
      { rank: 4, memberId: ids.bob, displayName: 'rw-bob', earned: tnet(2n), accepted: 1 },
      { rank: 5, memberId: ids.dave, displayName: 'rw-dave', earned: tnet(2n), accepted: 1 },
      { rank: 6, memberId: ids.gina, displayName: 'rw-gina', earned: tnet(2n), accepted: 1 },
    ]);
  });

  it('cuts the leaderboard at the limit', async () => {
    const board = await core.rewards.leaderboard(2);
    expect(board.map((r) => [r.rank, r.memberId])).toEqual([
      [1, ids.alice],
      [2, ids.carol],
    ]);
  });

  it('ranks within one campaign', async () => {
    expect((await core.rewards.leaderboard(10, bonus)).map((r) => [r.memberId, r.earned])).toEqual([[ids.erin, tnet(4n)]]);
    const board = await core.rewards.leaderboard(10, labels);
    expect(board.map((r) => r.memberId)).toEqual([ids.alice, ids.carol, ids.bob, ids.dave, ids.gina]);
    expect(board.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it('moves minted rewards out of pending but keeps them in earnings', async () => {
    const [batch] = await core.ds.query(
      `INSERT INTO mint_batch (batch_id, state, manifest, gross_total, foundation_total)
       VALUES ($1, 'confirmed', '[]', $2, 0) RETURNING id`,
      [`0x${'ab'.repeat(32)}`, tnet(2n).toString()],
    );
    const [row] = await core.ds.query(`SELECT id FROM reward_ledger WHERE member_id = $1 AND status = 'pending' ORDER BY id LIMIT 1`, [ids.alice]);
    await core.ds.query(`UPDATE reward_ledger SET status = 'minted', mint_batch_id = $2 WHERE id = $1`, [row.id, batch.id]);
    expect(await core.rewards.balance(ids.alice!)).toEqual({ pending: tnet(4n), minted: tnet(2n), accepted: 3, withheld: 0, awaiting: 1 });
    const [top] = await core.rewards.leaderboard(1);
    expect(top).toEqual({ rank: 1, memberId: ids.alice, displayName: 'rw-alice', earned: tnet(6n), accepted: 3 });
  });
});
