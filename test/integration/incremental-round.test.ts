import { Readable } from 'node:stream';
import { ConsensusRoundService } from '../../core/scoring/consensus-round.service';
import { DEFAULT_ROUND_SCHEDULE } from '../../core/scoring/round-schedule';
import { decodeCounts, decodeIds, decodeVotes } from '../../core/scoring/incremental-state';
import { createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { submitServed } from '../helpers/serve';

/** Incremental scoring rounds (issue 19): the state a full refit leaves, a round that folds in only new answers, and the refit that settles. */
describe(`incremental scoring rounds on ${engine}`, () => {
  let core: TestCore;
  let rounds: ConsensusRoundService;
  beforeAll(async () => {
    core = await createTestCore();
    // Every round incremental while a state exists: the test campaign is small, so any round touches a large share of it.
    rounds = new ConsensusRoundService(core.ds, core.scoring, undefined, { ...DEFAULT_ROUND_SCHEDULE, maxTouchedShare: 1, maxDrift: 10 });
  });
  afterAll(async () => {
    await core.cleanup();
  });

  const options = ['a', 'b', 'c'];
  const truth = (i: number) => options[i % 3]!;
  async function campaign(items: number, def: Record<string, unknown> = {}): Promise<{ id: number; tasks: number[] }> {
    const c = await core.campaigns.create(
      { name: 'inc', kind: 'label', question: 'Which?', options, reward: '10', budget: '100000', answersPerTask: 3, maxAnswersPerTask: 5, targetConfidence: 0.9, minEvidence: 0, ...def },
      null,
    );
    const lines = ['id,text', ...Array.from({ length: items }, (_, i) => `t${i},item ${i}`)];
    await core.campaigns.importItems(c.id, Readable.from([lines.join('\n') + '\n']), 'csv');
    await core.campaigns.transition(c.id, 'activate');
    const byKey: { id: number; item_key: string }[] = await core.ds.query(`SELECT id, item_key FROM task WHERE campaign_id = $1`, [c.id]);
    const tasks = Array.from({ length: items }, (_, i) => byKey.find((t) => t.item_key === `t${i}`)!.id);
    return { id: c.id, tasks };
  }
  const answer = async (memberId: number, taskId: number, choice: string) => {
    const r = await submitServed(core, { memberId, taskId, choice });
    if (r.outcome !== 'accepted') throw new Error(`answer ${JSON.stringify(r)}`);
  };
  /** A member's soft counts as the campaign's state holds them (incremental-state.ts). */
  const countsOf = async (c: number, memberId: number): Promise<number[]> => {
    const [st] = await core.ds.query(`SELECT state_members, state_counts FROM campaign_model WHERE campaign_id = $1`, [c]);
    const ids = decodeIds(st.state_members);
    const all = decodeCounts(st.state_counts, ids.length, 9);
    const at = ids.indexOf(memberId);
    return at < 0 ? [] : Array.from(all.subarray(at * 9, (at + 1) * 9));
  };
  /** The votes stored with a task's posterior, as member:label. */
  const votesOf = async (taskId: number): Promise<string[]> => {
    const [p] = await core.ds.query(`SELECT votes FROM task_posterior WHERE task_id = $1`, [taskId]);
    const v = decodeVotes(p.votes);
    return Array.from(v.members, (m, i) => `${m}:${options[v.labels[i]!]}`).sort();
  };
  const answersOf = async (taskId: number): Promise<string[]> =>
    ((await core.ds.query(`SELECT member_id, choice FROM answer WHERE task_id = $1`, [taskId])) as { member_id: number; choice: string }[]).map((a) => `${a.member_id}:${a.choice}`).sort();
  const decisions = async (c: number) =>
    core.ds.query(`SELECT item_key, status, consensus_label FROM task WHERE campaign_id = $1 ORDER BY item_key`, [c]) as Promise<{ item_key: string; status: string; consensus_label: string | null }[]>;

  it('keeps the state a full refit leaves and folds in only the answers after it', async () => {
    // Two tasks stay unanswered: the campaign is not settled.
    const { id: c, tasks } = await campaign(26);
    const good = await Promise.all(['ig1', 'ig2', 'ig3', 'ig4', 'ig5'].map((n) => member(core, n)));
    const constant = await member(core, 'iconst');
    // The first 16 tasks: the constant member on every other one, then three good members each.
    for (let i = 0; i < 16; i++) {
      if (i % 2 === 0) await answer(constant, tasks[i]!, 'a');
      // A task the answers so far decided takes no more.
      for (let j = 0; j < 3; j++) await submitServed(core, { memberId: good[(i + j) % 5]!, taskId: tasks[i]!, choice: truth(i) });
    }
    const full = await rounds.refit(c);
    expect(full).toMatchObject({ incremental: false, tasks: 26 });
    const [model] = await core.ds.query(
      `SELECT watermark::text AS watermark, state_tasks, prior_counts, rounds_since_full, touched_since_full FROM campaign_model WHERE campaign_id = $1`,
      [c],
    );
    const [{ max }] = await core.ds.query(`SELECT max(id)::text AS max FROM answer WHERE campaign_id = $1`, [c]);
    expect(model).toMatchObject({ watermark: max, state_tasks: 26, rounds_since_full: 0, touched_since_full: 0 });
    expect((model.prior_counts as number[]).reduce((s, x) => s + x, 0)).toBeCloseTo(26, 3);
    const [{ n: posteriors }] = await core.ds.query(`SELECT count(*)::int AS n FROM task_posterior WHERE campaign_id = $1`, [c]);
    expect(posteriors).toBe(26);
    const [g1] = await core.ds.query(`SELECT answers FROM member_skill WHERE campaign_id = $1 AND member_id = $2`, [c, good[0]]);
    const g1Counts = await countsOf(c, good[0]!);
    expect(g1Counts).toHaveLength(9);
    expect(g1Counts.reduce((s, x) => s + x, 0)).toBeCloseTo(g1.answers, 3);
    // Each task keeps the votes folded with its posterior: its answers (none of a suspect here).
    for (const i of [0, 1, 20]) expect(await votesOf(tasks[i]!)).toEqual(await answersOf(tasks[i]!));

    // The last 8 tasks, answered by good members and one newcomer.
    const newcomer = await member(core, 'inew');
    for (let i = 16; i < 24; i++) {
      await answer(good[i % 5]!, tasks[i]!, truth(i));
      await answer(good[(i + 1) % 5]!, tasks[i]!, truth(i));
      await answer(newcomer, tasks[i]!, truth(i));
    }
    const inc = await rounds.advance(c);
    expect(inc).toMatchObject({ incremental: true, answers: 24, tasks: 8, suspected: 0, settled: false });
    const [after] = await core.ds.query(`SELECT watermark::text AS watermark, rounds_since_full, touched_since_full, answers_fitted FROM campaign_model WHERE campaign_id = $1`, [c]);
    const [{ max: max2 }] = await core.ds.query(`SELECT max(id)::text AS max FROM answer WHERE campaign_id = $1`, [c]);
    expect(after).toMatchObject({ watermark: max2, rounds_since_full: 1, touched_since_full: 8 });
    const [fresh] = await core.ds.query(`SELECT answers, accuracy, confusion FROM member_skill WHERE campaign_id = $1 AND member_id = $2`, [c, newcomer]);
    expect(fresh.answers).toBe(8);
    expect(fresh.accuracy).toBeGreaterThan(0.6);
    expect((await countsOf(c, newcomer)).reduce((s, x) => s + x, 0)).toBeCloseTo(8, 3);
    // A touched task's votes now hold its new answers; a member known before kept their counts' total.
    for (const i of [16, 23]) expect(await votesOf(tasks[i]!)).toEqual(await answersOf(tasks[i]!));
    const [g1After] = await core.ds.query(`SELECT answers FROM member_skill WHERE campaign_id = $1 AND member_id = $2`, [c, good[0]]);
    expect((await countsOf(c, good[0]!)).reduce((s, x) => s + x, 0)).toBeCloseTo(g1After.answers, 3);
    const mine = await decisions(c);
    for (let i = 16; i < 24; i++) expect(mine.find((t) => t.item_key === `t${i}`)).toMatchObject({ status: 'final', consensus_label: truth(i) });
    // Nothing new: the campaign is not due, and the next round is a no-op.
    expect((await rounds.round()).find((r) => r.campaignId === c)).toBeUndefined();

    // A full refit over every answer moves no decision the incremental round made.
    const refit = await rounds.refit(c);
    expect(refit).toMatchObject({ incremental: false, corrected: 0 });
    expect(await decisions(c)).toEqual(mine);
  });

  it("refits in full when the members' counts were not written at the watermark: a state from before, or a round of the previous version", async () => {
    const { id: c, tasks } = await campaign(6);
    const trio = await Promise.all(['iv1', 'iv2', 'iv3'].map((n) => member(core, n)));
    for (const m of trio) await answer(m, tasks[0]!, 'a');
    await rounds.refit(c);
    await answer(trio[0]!, tasks[1]!, 'b');
    // The previous version's round moved the watermark and left the counts as they were.
    await core.ds.query(`UPDATE campaign_model SET state_watermark = state_watermark - 1 WHERE campaign_id = $1`, [c]);
    expect(await rounds.advance(c)).toMatchObject({ incremental: false });
    const [model] = await core.ds.query(`SELECT state_watermark = watermark AS same FROM campaign_model WHERE campaign_id = $1`, [c]);
    expect(model.same).toBe(true);
    // A state from before the counts were one value.
    await answer(trio[1]!, tasks[1]!, 'b');
    await core.ds.query(`UPDATE campaign_model SET state_counts = NULL WHERE campaign_id = $1`, [c]);
    expect(await rounds.advance(c)).toMatchObject({ incremental: false });
    await answer(trio[2]!, tasks[2]!, 'c');
    expect(await rounds.advance(c)).toMatchObject({ incremental: true, answers: 1 });
  });

  it('refits in full to settle: when no regular task is left open, and when the campaign closed', async () => {
    const { id: c, tasks } = await campaign(6, { maxAnswersPerTask: 3 });
    const trio = await Promise.all(['is1', 'is2', 'is3'].map((n) => member(core, n)));
    for (let i = 0; i < 3; i++) for (const m of trio) await answer(m, tasks[i]!, truth(i));
    expect(await rounds.refit(c)).toMatchObject({ incremental: false, settled: false });
    for (let i = 3; i < 6; i++) for (const m of trio) await answer(m, tasks[i]!, truth(i));
    // Every task decided: the round that finds none open is a full refit, and it settles.
    expect(await rounds.advance(c)).toMatchObject({ incremental: false, settled: true });

    const { id: c2, tasks: t2 } = await campaign(3);
    for (const m of trio) await answer(m, t2[0]!, 'a');
    await rounds.refit(c2);
    await answer(trio[0]!, t2[1]!, 'b');
    await core.campaigns.transition(c2, 'close');
    expect(await rounds.advance(c2)).toMatchObject({ incremental: false, settled: true });
  });

  it('keeps the full refit for label sets: no incremental state', async () => {
    const c = await core.campaigns.create(
      { name: 'inc-ml', kind: 'multilabel', question: 'Which?', options: ['x', 'y'], reward: '10', budget: '100000', answersPerTask: 2, maxAnswersPerTask: 2, minEvidence: 0 },
      null,
    );
    await core.campaigns.importItems(c.id, Readable.from(['id,text\nm0,item\nm1,item\n']), 'csv');
    await core.campaigns.transition(c.id, 'activate');
    const [t] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND item_key = 'm0'`, [c.id]);
    const m = await member(core, 'iml');
    await answer(m, t.id, 'x');
    expect(await rounds.advance(c.id)).toMatchObject({ incremental: false });
    expect(await rounds.advance(c.id)).toMatchObject({ incremental: false });
    const [model] = await core.ds.query(`SELECT watermark FROM campaign_model WHERE campaign_id = $1`, [c.id]);
    expect(model.watermark).toBeNull();
  });
});
