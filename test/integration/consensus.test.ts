import { Readable } from 'node:stream';
import { ONE_TNET, TNET_CAP } from '../../core';
import { SETTLE_GRACE_MS } from '../../core/rewards/emission.service';
import { createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { submitServed } from '../helpers/serve';

const tnet = (n: bigint) => n * ONE_TNET;

/** A Dawid-Skene campaign over named items (gold ones carry their label). */
async function dsCampaign(core: TestCore, items: { key: string; gold?: string }[], def: Record<string, unknown> = {}): Promise<number> {
  const c = await core.campaigns.create(
    { name: 'DS', kind: 'label', question: 'A or B?', options: ['a', 'b'], reward: '10', budget: '100000', answersPerTask: 3, maxAnswersPerTask: 3, targetConfidence: 0.8, minEvidence: 0, ...def },
    null,
  );
  const lines = ['id,text,gold', ...items.map((i) => `${i.key},item ${i.key},${i.gold ?? ''}`)];
  await core.campaigns.importItems(c.id, Readable.from([lines.join('\n') + '\n']), 'csv');
  await core.campaigns.transition(c.id, 'activate');
  return c.id;
}

describe(`consensus scoring on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore();
  });
  afterAll(async () => {
    await core.cleanup();
  });

  const taskOf = async (campaignId: number, key: string): Promise<number> =>
    (await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND item_key = $2`, [campaignId, key]))[0].id;
  const answer = async (memberId: number, taskId: number, choice: string) => {
    const r = await submitServed(core, { memberId, taskId, choice });
    if (r.outcome !== 'accepted') throw new Error(`answer ${r.outcome}`);
    return r;
  };
  const ledger = async (taskId: number) =>
    core.ds.query(
      `SELECT id::text, member_id, amount::text AS amount, status, rule, corrects_id::text AS corrects_id FROM reward_ledger WHERE task_id = $1 ORDER BY id`,
      [taskId],
    );

  it('finalizes an agreeing task at the quorum and keeps a split one open for more answers (dynamic overlap)', async () => {
    const c = await dsCampaign(core, [{ key: 'x' }, { key: 'y' }], { options: ['a', 'b', 'c'], targetConfidence: 0.9, maxAnswersPerTask: 5 });
    const [m1, m2, m3, m4] = await Promise.all(['o1', 'o2', 'o3', 'o4'].map((n) => member(core, n)));
    const x = await taskOf(c, 'x');
    await answer(m1!, x, 'a');
    await answer(m2!, x, 'a');
    const third = await answer(m3!, x, 'a');
    expect(third.task.status).toBe('final');
    expect(third.reward).toEqual({ amount: tnet(10n), status: 'pending', rule: 'consensus.match' });

    const y = await taskOf(c, 'y');
    await answer(m1!, y, 'a');
    await answer(m2!, y, 'a');
    // Two against one among raters without history: about 0.79, under the 0.9 target.
    expect((await answer(m3!, y, 'b')).task.status).toBe('open');
    expect(await ledger(y)).toEqual([]);
    const fourth = await answer(m4!, y, 'a');
    expect(fourth.task.status).toBe('final');
    expect(fourth.task.consensusLabel).toBe('a');
    expect((await ledger(y)).map((r: { member_id: number; rule: string }) => [r.member_id, r.rule])).toEqual([
      [m1, 'consensus.match'],
      [m2, 'consensus.match'],
      [m3, 'consensus.mismatch'],
      [m4, 'consensus.match'],
    ]);
  });

  it("counts the baseline model's prediction as one more rater", async () => {
    const c = await dsCampaign(core, [{ key: 'with' }, { key: 'without' }], { options: ['a', 'b', 'c'], targetConfidence: 0.9, maxAnswersPerTask: 5 });
    const [m1, m2, m3] = await Promise.all(['bl1', 'bl2', 'bl3'].map((n) => member(core, n)));
    const withBaseline = await taskOf(c, 'with');
    const without = await taskOf(c, 'without');
    // What core/models writes for a task once the baseline ran.
    await core.ds.query(`UPDATE task SET baseline_label = 'a', baseline_confidence = 0.8 WHERE id = $1`, [withBaseline]);
    for (const t of [withBaseline, without]) {
      await answer(m1!, t, 'a');
      await answer(m2!, t, 'a');
    }
    // Two against one is not enough for 0.9 alone (about 0.79); with the model agreeing it is.
    expect((await answer(m3!, without, 'b')).task.status).toBe('open');
    const r = await answer(m3!, withBaseline, 'b');
    expect(r.task).toMatchObject({ status: 'final', consensusLabel: 'a' });
    const [t] = await core.ds.query(`SELECT consensus_confidence FROM task WHERE id = $1`, [withBaseline]);
    expect(t.consensus_confidence).toBeGreaterThan(0.9);
  });

  it('lets answers wait for their members\' assessment, and the round that assesses them judges them', async () => {
    const items = Array.from({ length: 3 }, (_, i) => ({ key: `w${i}` }));
    const c = await dsCampaign(core, items, { minEvidence: 3, options: ['a', 'b', 'c'], targetConfidence: 0.9 });
    const trio = await Promise.all(['wait1', 'wait2', 'wait3'].map((n) => member(core, n)));
    const tasks = await Promise.all(items.map((i) => taskOf(c, i.key)));
    let last;
    for (const t of tasks) for (const m of trio) last = await answer(m, t, 'a');
    expect(last!.task.status).toBe('final');
    expect(last!.reward).toBeUndefined();
    expect(await core.ds.query(`SELECT id FROM reward_ledger WHERE campaign_id = $1`, [c])).toEqual([]);
    expect((await core.rewards.balance(trio[0]!)).awaiting).toBe(3);

    const summary = (await core.rounds.round()).find((r) => r.campaignId === c);
    expect(summary).toMatchObject({ answers: 9, members: 3 });
    const rows = await core.ds.query(`SELECT rule, count(*)::int AS n FROM reward_ledger WHERE campaign_id = $1 GROUP BY rule`, [c]);
    expect(rows).toEqual([{ rule: 'consensus.match', n: 9 }]);
    expect((await core.rewards.balance(trio[0]!)).pending).toBe(tnet(30n));
  });

  it('settles a campaign once every regular task is decided: answers still waiting for an assessment are judged on the final evidence', async () => {
    const items = Array.from({ length: 3 }, (_, i) => ({ key: `s${i}` }));
    const c = await dsCampaign(core, items, { minEvidence: 5, options: ['a', 'b', 'c'], targetConfidence: 0.9 });
    const trio = await Promise.all(['settle1', 'settle2', 'settle3'].map((n) => member(core, n)));
    for (const i of items) for (const m of trio) await answer(m, await taskOf(c, i.key), 'a');
    // Three answers each, fewer than the five an assessment needs: before the settlement they would wait for good.
    expect(await core.ds.query(`SELECT id FROM reward_ledger WHERE campaign_id = $1`, [c])).toEqual([]);
    const summary = (await core.rounds.round()).find((r) => r.campaignId === c);
    expect(summary).toMatchObject({ settled: true, suspected: 0, takenBack: 0 });
    const rows = await core.ds.query(`SELECT rule, count(*)::int AS n FROM reward_ledger WHERE campaign_id = $1 GROUP BY rule`, [c]);
    expect(rows).toEqual([{ rule: 'consensus.match', n: 9 }]);
    expect((await core.rewards.balance(trio[0]!)).awaiting).toBe(0);
    const [model] = await core.ds.query(`SELECT settled_at FROM campaign_model WHERE campaign_id = $1`, [c]);
    expect(model.settled_at).not.toBeNull();
  });

  it('suspects accounts that answer as one and together clearly fail the gold, withholds their matches and takes back what they were paid at settlement', async () => {
    const gold = Array.from({ length: 4 }, (_, i) => ({ key: `kg${i}`, gold: i % 2 === 0 ? 'a' : 'b' }));
    const items = Array.from({ length: 10 }, (_, i) => ({ key: `k${i}` }));
    const c = await dsCampaign(core, [...gold, ...items], { options: ['a', 'b', 'c'], answersPerTask: 5, maxAnswersPerTask: 5, targetConfidence: 0.9, goldShare: 0.3 });
    const honest = await Promise.all(['kh1', 'kh2', 'kh3'].map((n) => member(core, n)));
    const pair = await Promise.all(['copy1', 'copy2'].map((n) => member(core, n)));
    const truth = (i: number) => (i % 2 === 0 ? 'a' : 'b');
    // Each account of the pair meets two gold tasks, too few for the gold check alone, and
    // gets them wrong; on the regular tasks both give one pattern, right on two of ten.
    for (let i = 0; i < gold.length; i++) {
      const t = await taskOf(c, gold[i]!.key);
      for (const m of honest) await answer(m, t, gold[i]!.gold);
      await answer(pair[i < 2 ? 0 : 1]!, t, 'c');
    }
    const copied = ['c', 'c', 'a', 'c', 'b', 'c', 'c', 'a', 'c', 'b'];
    for (let i = 0; i < items.length; i++) {
      const t = await taskOf(c, items[i]!.key);
      for (const m of honest) await answer(m, t, truth(i));
      for (const m of pair) await answer(m, t, copied[i]!);
    }
    // Paid as they answered, before any round knew better: the two tasks the pattern got right.
    expect((await core.rewards.balance(pair[0]!)).pending).toBe(tnet(20n));
    const summary = (await core.rounds.round()).find((r) => r.campaignId === c);
    expect(summary).toMatchObject({ suspected: 2, settled: true, takenBack: 4 });
    const flags = await core.ds.query(`SELECT member_id, suspicion FROM member_skill WHERE campaign_id = $1 ORDER BY member_id`, [c]);
    expect(flags).toEqual([...honest.map((m) => ({ member_id: m, suspicion: null })), ...pair.map((m) => ({ member_id: m, suspicion: 'collusion' }))].sort((x, y) => x.member_id - y.member_id));
    for (const m of pair) expect((await core.rewards.balance(m)).pending).toBe(0n);
    for (const m of honest) expect((await core.rewards.balance(m)).pending).toBe(tnet(140n));
    const back = await core.ds.query(`SELECT member_id, amount::text AS amount, rule FROM reward_ledger WHERE campaign_id = $1 AND corrects_id IS NOT NULL ORDER BY id`, [c]);
    expect(back).toHaveLength(4);
    expect(back.every((r: { member_id: number; amount: string; rule: string }) => pair.includes(r.member_id) && r.amount === (-tnet(10n)).toString() && r.rule === 'collusion.suspected')).toBe(true);
    // Settled once: a later round has nothing to do.
    expect((await core.rounds.round()).find((r) => r.campaignId === c)).toBeUndefined();
  });

  it('never suspects members who agree on every task when no gold says they are wrong', async () => {
    const items = Array.from({ length: 6 }, (_, i) => ({ key: `f${i}` }));
    const c = await dsCampaign(core, items, { options: ['a', 'b', 'c'] });
    const friends = await Promise.all(['friend1', 'friend2', 'friend3'].map((n) => member(core, n)));
    for (const i of items) for (const m of friends) await answer(m, await taskOf(c, i.key), 'a');
    expect((await core.rounds.round()).find((r) => r.campaignId === c)).toMatchObject({ suspected: 0, settled: true, takenBack: 0 });
    for (const m of friends) expect((await core.rewards.balance(m)).pending).toBe(tnet(60n));
  });

  it('closes a task that stays unsure at the maximum as uncertain, paying no one', async () => {
    const c = await dsCampaign(core, [{ key: 'z' }], { options: ['a', 'b', 'c'], targetConfidence: 0.9, maxAnswersPerTask: 5 });
    const z = await taskOf(c, 'z');
    const votes = ['a', 'b', 'a', 'b', 'c'];
    let last;
    for (let i = 0; i < votes.length; i++) last = await answer(await member(core, `u${i}`), z, votes[i]!);
    expect(last!.task.status).toBe('final_uncertain');
    const rows = await ledger(z);
    expect(rows).toHaveLength(5);
    expect(rows.every((r: { status: string; rule: string }) => r.status === 'withheld' && r.rule === 'consensus.uncertain')).toBe(true);
    const [t] = await core.ds.query(`SELECT status, consensus_label FROM task WHERE id = $1`, [z]);
    expect(t.status).toBe('final_uncertain');
    expect(['a', 'b']).toContain(t.consensus_label);
  });

  it('learns a constant answerer in the scoring round and pays their matching answers nothing after it', async () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ key: `t${i}` }));
    const c = await dsCampaign(core, items, { answersPerTask: 4, maxAnswersPerTask: 4 });
    const honest = await Promise.all(['h1', 'h2', 'h3'].map((n) => member(core, n)));
    const spammer = await member(core, 'spam-a');
    const truth = (i: number) => (i % 2 === 0 ? 'a' : 'b');
    for (let i = 0; i < 10; i++) {
      const t = await taskOf(c, `t${i}`);
      for (const h of honest) await answer(h, t, truth(i));
      await answer(spammer, t, 'a');
    }
    const before = await core.rewards.stats(spammer);
    expect(before.accepted).toBe(5); // the five "a" tasks, before anyone knew better

    const summary = (await core.rounds.round()).find((r) => r.campaignId === c);
    expect(summary).toMatchObject({ campaignId: c, answers: 40, tasks: 12, members: 4 });
    expect(summary!.iterations).toBeGreaterThan(0);
    const skills = await core.ds.query(`SELECT member_id, accuracy, answers FROM member_skill WHERE campaign_id = $1 ORDER BY member_id`, [c]);
    const acc = new Map(skills.map((s: { member_id: number; accuracy: number }) => [s.member_id, s.accuracy]));
    expect(acc.get(spammer)).toBeLessThan(0.6);
    for (const h of honest) expect(acc.get(h)).toBeGreaterThan(0.8);
    const [model] = await core.ds.query(`SELECT answers_fitted, priors FROM campaign_model WHERE campaign_id = $1`, [c]);
    expect(model.answers_fitted).toBe(40);
    expect(model.priors).toHaveLength(2);

    const t10 = await taskOf(c, 't10');
    for (const h of honest) await answer(h, t10, 'a');
    const matched = await answer(spammer, t10, 'a');
    // Below the floor on ten answers, not yet clearly: the match waits, unpaid, for more evidence.
    expect(matched.reward).toBeUndefined();
    const rows = await ledger(t10);
    expect(rows.filter((r: { rule: string }) => r.rule === 'consensus.match').map((r: { member_id: number }) => r.member_id).sort()).toEqual([...honest].sort());
    expect(rows.some((r: { member_id: number }) => r.member_id === spammer)).toBe(false);

    const after = await core.rewards.stats(spammer);
    expect(after.accepted).toBe(5);
    expect(after.campaigns[0]).toMatchObject({ campaignId: c, floor: 0.6 });
    expect(after.campaigns[0]!.accuracy).toBeLessThan(0.6);

    // A second round with nothing new does not refit.
    expect((await core.rounds.round()).map((r) => r.campaignId)).toEqual([c]);
    expect(await core.rounds.round()).toEqual([]);
  });

  it('scores a constant answerer who is right on half the gold at chance, and an honest member of the same gold rate above it', async () => {
    // Gold of three classes, half of it "a": answering "a" always is right on half the gold.
    const gold = ['a', 'b', 'a', 'c', 'a', 'b', 'a', 'c', 'a', 'b'];
    const items = [...gold.map((g, i) => ({ key: `g${i}`, gold: g })), ...Array.from({ length: 8 }, (_, i) => ({ key: `r${i}` }))];
    const c = await dsCampaign(core, items, { options: ['a', 'b', 'c'], answersPerTask: 4, maxAnswersPerTask: 4, goldShare: 0.5 });
    const raters = await Promise.all(['bg1', 'bg2', 'bg3'].map((n) => member(core, n)));
    const constant = await member(core, 'bg-constant');
    const halfRight = await member(core, 'bg-half');
    for (let i = 0; i < gold.length; i++) {
      const t = await taskOf(c, `g${i}`);
      for (const r of raters) await answer(r, t, gold[i]!);
      await answer(constant, t, 'a');
      // Also five of ten right, but on every class (two of five "a", two of three "b", one of two "c").
      await answer(halfRight, t, [0, 1, 2, 3, 5].includes(i) ? gold[i]! : gold[i] === 'a' ? 'b' : 'a');
    }
    const truth = ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b'];
    for (let i = 0; i < truth.length; i++) {
      const t = await taskOf(c, `r${i}`);
      for (const r of raters) await answer(r, t, truth[i]!);
      await answer(constant, t, 'a');
    }
    await core.rounds.refit(c);
    const skills: { member_id: number; accuracy: number; gold_answers: number; gold_correct: number }[] = await core.ds.query(
      `SELECT member_id, accuracy, gold_answers, gold_correct FROM member_skill WHERE campaign_id = $1`,
      [c],
    );
    const of = (m: number) => skills.find((s) => s.member_id === m)!;
    expect(of(constant)).toMatchObject({ gold_answers: 10, gold_correct: 5 });
    expect(of(halfRight)).toMatchObject({ gold_answers: 10, gold_correct: 5 });
    // The floor for three options is 1/3 + 0.1.
    expect(of(constant).accuracy).toBeLessThan(1 / 3 + 0.1);
    expect(of(halfRight).accuracy).toBeGreaterThan(of(constant).accuracy + 0.1);
  });

  it('corrects the ledger with new rows when a round moves a decided task, never editing the old ones', async () => {
    const gold = ['g1', 'g2', 'g3', 'g4', 'g5', 'g6'].map((key, i) => ({ key, gold: i % 2 === 0 ? 'a' : 'b' }));
    const c = await dsCampaign(core, [...gold, { key: 'split' }, { key: 'agreed' }], { goldShare: 0.3 });
    const [liar1, liar2, good, newcomer] = await Promise.all(['liar1', 'liar2', 'good', 'newcomer'].map((n) => member(core, n)));
    const flip = (l: string) => (l === 'a' ? 'b' : 'a');
    for (const g of gold) {
      const t = await taskOf(c, g.key);
      await answer(liar1!, t, flip(g.gold));
      // The liars lie on their own (one gold answer apart), not as one account.
      await answer(liar2!, t, g.key === 'g1' ? g.gold : flip(g.gold));
      await answer(good!, t, g.gold);
    }
    const split = await taskOf(c, 'split');
    await answer(liar1!, split, 'a');
    await answer(liar2!, split, 'a');
    expect((await answer(good!, split, 'b')).task.status).toBe('final_uncertain');
    const agreed = await taskOf(c, 'agreed');
    await answer(liar1!, agreed, 'a');
    await answer(liar2!, agreed, 'a');
    expect((await answer(newcomer!, agreed, 'a')).task.status).toBe('final');
    const originals = [...(await ledger(split)), ...(await ledger(agreed))];
    const [{ spent: spentBefore }] = await core.ds.query(`SELECT spent::text AS spent FROM campaign_budget WHERE campaign_id = $1`, [c]);

    const summary = (await core.rounds.round()).find((r) => r.campaignId === c);
    expect(summary!.corrected).toBe(2);

    const [s] = await core.ds.query(`SELECT status, consensus_label FROM task WHERE id = $1`, [split]);
    expect(s).toEqual({ status: 'final', consensus_label: 'b' });
    const [a] = await core.ds.query(`SELECT status, consensus_label FROM task WHERE id = $1`, [agreed]);
    expect(a).toEqual({ status: 'final', consensus_label: 'b' });
    const splitRows = await ledger(split);
    const agreedRows = await ledger(agreed);
    // The original rows are still there, unchanged; the corrections follow them.
    expect([...splitRows, ...agreedRows].filter((r: { corrects_id: string | null }) => r.corrects_id === null)).toEqual(originals);
    // The split task closed uncertain on "a" at 0.7, which paid the liars' guess; the round
    // takes that back and pays the good member.
    const originalOf = (m: number) => splitRows.find((r: { member_id: number; corrects_id: string | null }) => r.member_id === m && r.corrects_id === null).id;
    expect(splitRows.filter((r: { corrects_id: string | null }) => r.corrects_id !== null).sort((x: { member_id: number }, y: { member_id: number }) => x.member_id - y.member_id)).toEqual(
      [
        { id: expect.any(String), member_id: liar1, amount: (-tnet(10n)).toString(), status: 'pending', rule: 'consensus.corrected', corrects_id: originalOf(liar1!) },
        { id: expect.any(String), member_id: liar2, amount: (-tnet(10n)).toString(), status: 'pending', rule: 'consensus.corrected', corrects_id: originalOf(liar2!) },
        { id: expect.any(String), member_id: good, amount: tnet(10n).toString(), status: 'pending', rule: 'consensus.corrected', corrects_id: originalOf(good!) },
      ].sort((x, y) => x.member_id! - y.member_id!),
    );
    const takenBack = agreedRows.filter((r: { corrects_id: string | null }) => r.corrects_id !== null);
    expect(takenBack.map((r: { member_id: number; amount: string }) => [r.member_id, r.amount]).sort()).toEqual(
      [liar1, liar2, newcomer].map((m) => [m, (-tnet(10n)).toString()]).sort(),
    );
    expect((await core.rewards.balance(newcomer!)).pending).toBe(0n);
    const [{ spent: spentAfter }] = await core.ds.query(`SELECT spent::text AS spent FROM campaign_budget WHERE campaign_id = $1`, [c]);
    // Gold answers are judged at the round (never at the submit), on the round's standing:
    // good's six pay; liar2 clearly failed the gold (one of six), so the one gold answer liar2
    // got right is withheld at once, with nothing to take back at the settlement.
    expect(BigInt(spentAfter)).toBe(BigInt(spentBefore) + tnet(60n) - tnet(30n) - tnet(20n) + tnet(10n));
    const settled = await core.ds.query(`SELECT member_id, amount::text AS amount, rule FROM reward_ledger r WHERE campaign_id = $1 AND corrects_id IS NOT NULL AND rule <> 'consensus.corrected'`, [c]);
    expect(settled).toEqual([]);
    const [liar2Gold] = await core.ds.query(
      `SELECT r.amount::text AS amount, r.status, r.rule FROM reward_ledger r JOIN task t ON t.id = r.task_id WHERE r.member_id = $1 AND t.item_key = 'g1'`,
      [liar2],
    );
    expect(liar2Gold).toEqual({ amount: '0', status: 'withheld', rule: 'gold.failed' });
    // The liars failed every check question: from now on their matches earn nothing.
    const liarStats = await core.rewards.stats(liar1!);
    expect(liarStats.campaigns.find((x) => x.campaignId === c)).toMatchObject({ goldAnswers: 6, goldCorrect: 0, goldFailed: true });
    // Re-running changes nothing more.
    expect((await core.rounds.refit(c)).corrected).toBe(0);
  });
});

describe(`supply cap and emission pace on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore({ EMISSION_PACE: '15', EPOCH_SECONDS: '3600' });
  });
  afterAll(async () => {
    await core.cleanup();
  });

  const def = (budget: string) => ({ name: 'Cap', kind: 'label', question: 'A or B?', options: ['a', 'b'], reward: '1', budget, consensusMode: 'majority', minEvidence: 0 });

  it('reserves campaign budgets under the 6,000,000,000 cap and releases what a closed campaign did not spend', async () => {
    const big = await core.campaigns.create(def('5999999000'), null);
    const rest = await core.campaigns.create(def('1000'), null);
    await expect(core.campaigns.create(def('1'), null)).rejects.toMatchObject({ code: 'campaign.over_cap', details: { available: 0n } });
    await core.campaigns.transition(rest.id, 'close');
    const again = await core.campaigns.create(def('1000'), null);
    expect(again.budget).toBe(tnet(1000n));
    await core.campaigns.transition(big.id, 'close');
    await core.campaigns.transition(again.id, 'close');
    expect(TNET_CAP).toBe(6_000_000_000n * ONE_TNET);
  });

  it('pays an epoch over the pace pro-rata, rounding down, and mints only settled epochs', async () => {
    const c = await core.campaigns.create({ ...def('1000'), reward: '10', answersPerTask: 1, maxAnswersPerTask: 1 }, null);
    await core.campaigns.importItems(c.id, Readable.from(['id,text\np1,one\np2,two\np3,three\n']), 'csv');
    await core.campaigns.transition(c.id, 'activate');
    const tasks: { id: number }[] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id`, [c.id]);
    const miners = await Promise.all(['pace1', 'pace2', 'pace3'].map((n) => member(core, n)));
    for (let i = 0; i < 3; i++) await submitServed(core, { memberId: miners[i]!, taskId: tasks[i]!.id, choice: 'a' });
    expect(await core.emission.mintableBefore()).toEqual(new Date(0));
    expect(await core.emission.settle()).toEqual([]); // the epoch is not over yet

    // Hour-long epochs: the three rewards share one unless the test straddles an hour.
    const later = new Date(Date.now() + 3_600_000 + SETTLE_GRACE_MS + 1000);
    const [epoch] = await core.emission.settle(later);
    expect(epoch).toMatchObject({ earned: tnet(30n), paid: tnet(15n) });
    for (const m of miners) expect((await core.rewards.balance(m)).pending).toBe(tnet(5n));
    const cuts = await core.ds.query(`SELECT amount::text AS amount FROM reward_ledger WHERE rule = 'pace.pro_rata' AND campaign_id = $1`, [c.id]);
    expect(cuts).toEqual([{ amount: (-tnet(5n)).toString() }, { amount: (-tnet(5n)).toString() }, { amount: (-tnet(5n)).toString() }]);
    const [{ spent }] = await core.ds.query(`SELECT spent::text AS spent FROM campaign_budget WHERE campaign_id = $1`, [c.id]);
    expect(BigInt(spent)).toBe(tnet(15n));
    expect((await core.emission.mintableBefore())!.getTime()).toBe(epoch!.startsAt.getTime() + 3_600_000);
    // Settled once: a second settlement finds nothing.
    expect(await core.emission.settle(later)).toEqual([]);
  });
});

describe(`emission pace at its edge on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore({ EMISSION_PACE: '30', EPOCH_SECONDS: '3600' });
  });
  afterAll(async () => {
    await core.cleanup();
  });

  it('pays an epoch that earned exactly the pace in full', async () => {
    const c = await core.campaigns.create(
      { name: 'Edge', kind: 'label', question: 'A or B?', options: ['a', 'b'], reward: '10', budget: '100', answersPerTask: 1, maxAnswersPerTask: 1, consensusMode: 'majority', minEvidence: 0 },
      null,
    );
    await core.campaigns.importItems(c.id, Readable.from(['id,text\ne1,one\ne2,two\ne3,three\n']), 'csv');
    await core.campaigns.transition(c.id, 'activate');
    const tasks: { id: number }[] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id`, [c.id]);
    for (let i = 0; i < 3; i++) await submitServed(core, { memberId: await member(core, `edge${i}`), taskId: tasks[i]!.id, choice: 'a' });
    // Not before the epoch's end plus the grace for transactions still in flight.
    const [{ t }] = await core.ds.query(`SELECT max(created_at) AS t FROM reward_ledger`);
    const end = Math.floor(new Date(t).getTime() / 3_600_000) * 3_600_000 + 3_600_000;
    expect(await core.emission.settle(new Date(end + SETTLE_GRACE_MS - 1))).toEqual([]);
    const [epoch] = await core.emission.settle(new Date(end + SETTLE_GRACE_MS));
    expect(epoch).toMatchObject({ earned: tnet(30n), paid: tnet(30n) });
    const [{ n }] = await core.ds.query(`SELECT count(*)::int AS n FROM reward_ledger WHERE rule = 'pace.pro_rata'`);
    expect(n).toBe(0);
  });
});
