import fc from 'fast-check';
import { AnswerService } from '../../core/answers/answer.service';
import { ScoringService } from '../../core/scoring/scoring.service';
import { activeCampaign, createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { serve, submitServed } from '../helpers/serve';

describe(`answers on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore();
  });
  afterAll(async () => {
    await core.cleanup();
  });

  async function firstTask(campaignId: number): Promise<number> {
    const [row] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND gold_label IS NULL ORDER BY id LIMIT 1`, [campaignId]);
    return row.id;
  }

  it('refuses a second answer to the same task and returns the first', async () => {
    const c = await activeCampaign(core);
    const taskId = await firstTask(c);
    const alice = await member(core, 'dup-alice');
    const first = await submitServed(core, { memberId: alice, taskId, choice: 'cat' });
    const second = await submitServed(core, { memberId: alice, taskId, choice: 'dog' });
    expect(first.outcome).toBe('accepted');
    expect(second.outcome).toBe('duplicate');
    if (first.outcome !== 'accepted' || second.outcome !== 'duplicate') return;
    expect(second.answer.answerId).toBe(first.answer.answerId);
    expect(second.answer.choice).toBe('cat');
    const [{ n }] = await core.ds.query(`SELECT count(*)::int AS n FROM answer WHERE task_id = $1`, [taskId]);
    expect(n).toBe(1);
  });

  it('finalizes by majority and writes one ledger row per answer', async () => {
    const c = await activeCampaign(core);
    const taskId = await firstTask(c);
    const ids = await Promise.all(['m1', 'm2', 'm3'].map((n) => member(core, `maj-${n}`)));
    await submitServed(core, { memberId: ids[0]!, taskId, choice: 'cat' });
    await submitServed(core, { memberId: ids[1]!, taskId, choice: 'dog' });
    const last = await submitServed(core, { memberId: ids[2]!, taskId, choice: 'cat' });
    expect(last.outcome).toBe('accepted');
    if (last.outcome !== 'accepted') return;
    expect(last.task.status).toBe('final');
    expect(last.task.consensusLabel).toBe('cat');
    expect(last.reward).toEqual({ amount: 10n * 10n ** 18n, status: 'pending', rule: 'majority.match' });
    const rows = await core.ds.query(`SELECT member_id, amount::text, status, rule FROM reward_ledger WHERE task_id = $1 ORDER BY answer_id`, [taskId]);
    expect(rows).toEqual([
      { member_id: ids[0], amount: '10000000000000000000', status: 'pending', rule: 'majority.match' },
      { member_id: ids[1], amount: '0', status: 'withheld', rule: 'majority.mismatch' },
      { member_id: ids[2], amount: '10000000000000000000', status: 'pending', rule: 'majority.match' },
    ]);
    const b = await core.rewards.balance(ids[0]!);
    expect(b.pending).toBe(10n * 10n ** 18n);
    const after = await submitServed(core, { memberId: await member(core, 'maj-late'), taskId, choice: 'cat' });
    expect(after.outcome).toBe('rejected');
    if (after.outcome === 'rejected') expect(after.error.code).toBe('answer.task_closed');
  });

  it('keeps a tied task open for more answers, then closes it uncertain at the maximum', async () => {
    const c = await activeCampaign(core, { def: { answersPerTask: 2, maxAnswersPerTask: 3 } });
    const taskId = await firstTask(c);
    const [a, b, d] = await Promise.all(['a', 'b', 'd'].map((n) => member(core, `tie-${n}`)));
    await submitServed(core, { memberId: a!, taskId, choice: 'cat' });
    const tie = await submitServed(core, { memberId: b!, taskId, choice: 'dog' });
    expect(tie.outcome === 'accepted' && tie.task.status).toBe('open');
    const third = await submitServed(core, { memberId: d!, taskId, choice: 'bird' });
    expect(third.outcome === 'accepted' && third.task.status).toBe('final_uncertain');
    const rules = await core.ds.query(`SELECT DISTINCT rule, status FROM reward_ledger WHERE task_id = $1`, [taskId]);
    expect(rules).toEqual([{ rule: 'majority.tie', status: 'withheld' }]);
  });

  it('refuses options that are not the campaign’s, and answers to a paused campaign', async () => {
    const c = await activeCampaign(core);
    const taskId = await firstTask(c);
    const m = await member(core, 'opt-m');
    await expect(submitServed(core, { memberId: m, taskId, choice: 'horse' })).rejects.toMatchObject({ code: 'answer.invalid_option' });
    await core.campaigns.transition(c, 'pause');
    const r = await submitServed(core, { memberId: m, taskId, choice: 'cat' });
    expect(r.outcome === 'rejected' && r.error.code).toBe('answer.campaign_paused');
    const [{ n }] = await core.ds.query(`SELECT count(*)::int AS n FROM answer WHERE task_id = $1`, [taskId]);
    expect(n).toBe(0);
  });

  it('refuses answers from a banned member', async () => {
    const c = await activeCampaign(core);
    const m = await member(core, 'banned-m');
    await core.identities.ban(m, 'spam');
    const r = await submitServed(core, { memberId: m, taskId: await firstTask(c), choice: 'cat' });
    expect(r.outcome === 'rejected' && r.error.code).toBe('member.banned');
  });

  it('limits how fast one member answers', async () => {
    const limited = await createTestCore({ ANSWERS_PER_MINUTE: '2' });
    try {
      const c = await activeCampaign(limited, { items: 5 });
      const tasks = await limited.ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id`, [c]);
      const m = await member(limited, 'fast');
      const outcomes = [];
      for (const t of tasks.slice(0, 3)) outcomes.push(await submitServed(limited, { memberId: m, taskId: t.id, choice: 'cat' }));
      expect(outcomes.map((o) => o.outcome)).toEqual(['accepted', 'accepted', 'rejected']);
      const last = outcomes[2]!;
      expect(last.outcome === 'rejected' && last.error.code).toBe('answer.rate_limited');
    } finally {
      await limited.cleanup();
    }
  });

  it('answers a gold task as a regular one, and judges it against the known label once the campaign settles', async () => {
    const c = await activeCampaign(core, { items: 1, gold: [{ key: 'g1', label: 'dog' }] });
    const [gold] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND gold_label IS NOT NULL`, [c]);
    const [regular] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND gold_label IS NULL`, [c]);
    const rightId = await member(core, 'gold-right');
    const wrongId = await member(core, 'gold-wrong');
    const right = await submitServed(core, { memberId: rightId, taskId: gold.id, choice: 'dog' });
    const wrong = await submitServed(core, { memberId: wrongId, taskId: gold.id, choice: 'cat' });
    const plain = await submitServed(core, { memberId: rightId, taskId: regular.id, choice: 'cat' });
    // The same outcome as a regular task not decided yet: no reward, no label, the same target.
    const seen = (r: typeof right) => r.outcome === 'accepted' && { status: r.task.status, reward: r.reward, label: r.task.consensusLabel, target: r.task.answersPerTask };
    expect(seen(right)).toEqual(seen(plain));
    expect(seen(wrong)).toEqual(seen(plain));
    // A round while a regular task is still open judges no gold answer.
    await core.rounds.refit(c);
    expect((await core.rewards.balance(rightId)).pending).toBe(0n);
    expect(await core.ds.query(`SELECT id FROM reward_ledger WHERE task_id = $1`, [gold.id])).toEqual([]);
    // Nor does /stats show a gold record that moved with this one answer.
    const standing = async () => (await core.rewards.stats(rightId)).campaigns.find((x) => x.campaignId === c);
    expect(await standing()).toMatchObject({ goldAnswers: 0, goldCorrect: 0 });
    // Settled (closed): the gold answers are judged.
    await core.campaigns.transition(c, 'close');
    await core.rounds.refit(c);
    const rows = await core.ds.query(`SELECT member_id, rule, status FROM reward_ledger WHERE task_id = $1 ORDER BY member_id`, [gold.id]);
    expect(rows).toEqual([
      { member_id: rightId, rule: 'gold.match', status: 'pending' },
      { member_id: wrongId, rule: 'gold.mismatch', status: 'withheld' },
    ]);
    expect(await standing()).toMatchObject({ goldAnswers: 1, goldCorrect: 1 });
  });

  it('keeps a failed gold record out of /stats until the campaign settles', async () => {
    const c = await activeCampaign(core, { items: 1, gold: [{ key: 'g1', label: 'dog' }], def: { goldMinAnswers: 1 } });
    const [gold] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND gold_label IS NOT NULL`, [c]);
    const liar = await member(core, 'gold-liar');
    await submitServed(core, { memberId: liar, taskId: gold.id, choice: 'cat' });
    await core.rounds.refit(c);
    const standing = async () => (await core.rewards.stats(liar)).campaigns.find((x) => x.campaignId === c);
    // "Too many check questions were wrong" right after one answer would name that task as gold.
    expect(await standing()).toMatchObject({ goldAnswers: 0, goldFailed: false });
    await core.campaigns.transition(c, 'close');
    await core.rounds.refit(c);
    expect(await standing()).toMatchObject({ goldAnswers: 1, goldCorrect: 0, goldFailed: true });
  });

  it('never pays past the campaign budget', async () => {
    const c = await activeCampaign(core, { def: { reward: '10', budget: '10', answersPerTask: 2, maxAnswersPerTask: 2 } });
    const taskId = await firstTask(c);
    await submitServed(core, { memberId: await member(core, 'bud-a'), taskId, choice: 'cat' });
    const r = await submitServed(core, { memberId: await member(core, 'bud-b'), taskId, choice: 'cat' });
    expect(r.outcome === 'accepted' && r.reward?.rule).toBe('budget.exhausted');
    const rows = await core.ds.query(`SELECT status, rule FROM reward_ledger WHERE task_id = $1 ORDER BY id`, [taskId]);
    expect(rows).toEqual([
      { status: 'pending', rule: 'majority.match' },
      { status: 'withheld', rule: 'budget.exhausted' },
    ]);
    const [camp] = await core.ds.query(`SELECT spent::text, budget::text FROM campaign_budget WHERE campaign_id = $1`, [c]);
    expect(camp.spent).toBe(camp.budget);
    const next = await core.assignment.next(await member(core, 'bud-c'), [c]);
    expect(next).toEqual({ found: false, reason: 'no_active_campaign' });
  });

  describe('under concurrency', () => {
    it('fires concurrent duplicate submits: exactly one answer row and one ledger row each', async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 2, max: 12 }), fc.array(fc.constantFrom('cat', 'dog'), { minLength: 1, maxLength: 3 }), async (copies, choices) => {
          const c = await activeCampaign(core, { items: 1, def: { answersPerTask: 1, maxAnswersPerTask: 1 } });
          const taskId = await firstTask(c);
          const m = await member(core, `conc-${c}`);
          const results = await Promise.all(
            Array.from({ length: copies }, (_, i) => submitServed(core, { memberId: m, taskId, choice: choices[i % choices.length]! })),
          );
          expect(results.filter((r) => r.outcome === 'accepted')).toHaveLength(1);
          expect(results.filter((r) => r.outcome === 'duplicate')).toHaveLength(copies - 1);
          const ids = new Set(results.map((r) => (r.outcome === 'rejected' ? 'x' : r.answer.answerId)));
          expect(ids.size).toBe(1);
          const [{ answers }] = await core.ds.query(`SELECT count(*)::int AS answers FROM answer WHERE task_id = $1`, [taskId]);
          const [{ ledger }] = await core.ds.query(`SELECT count(*)::int AS ledger FROM reward_ledger WHERE task_id = $1`, [taskId]);
          expect(answers).toBe(1);
          expect(ledger).toBe(1);
        }),
        { numRuns: 8, seed: 42 },
      );
    });

    it('gives duplicate submits through two replicas one answer: the second sees the first, or meets it on the unique key', async () => {
      // A second service on the same database stands for another replica: its batches
      // are not coordinated with the first's, only the database decides.
      const replica = new AnswerService(core.ds, new ScoringService(core.ds), { answersPerMinute: 0 });
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: 6 }), async (copies) => {
          // Slots to spare, so that the second statement passes the slot check and meets the key.
          const c = await activeCampaign(core, { items: 1, def: { answersPerTask: 2, maxAnswersPerTask: 3 } });
          const taskId = await firstTask(c);
          const m = await member(core, `twin-${c}`);
          await serve(core, m, taskId);
          const results = await Promise.all(
            Array.from({ length: copies }, (_, i) => [core.answers, replica].map((s) => s.submit({ memberId: m, taskId, choice: i % 2 ? 'dog' : 'cat' }))).flat(),
          );
          expect(results.filter((r) => r.outcome === 'accepted')).toHaveLength(1);
          expect(results.filter((r) => r.outcome === 'duplicate')).toHaveLength(2 * copies - 1);
          const [{ answers, counted }] = await core.ds.query(`SELECT (SELECT count(*)::int FROM answer WHERE task_id = $1) AS answers, answer_count AS counted FROM task WHERE id = $1`, [
            taskId,
          ]);
          expect([answers, counted]).toEqual([1, 1]);
        }),
        { numRuns: 8, seed: 5 },
      );
    });

    it('keeps a submit’s failure its own: concurrent submits batched with it are recorded', async () => {
      const c = await activeCampaign(core, { items: 8 });
      const taskIds: number[] = (await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id`, [c])).map((r: { id: number }) => r.id);
      // Outside the task id's integer range: the database refuses the statement it is in.
      const ids = [...taskIds.slice(0, 4), 2 ** 31, 2 ** 31 + 1, ...taskIds.slice(4)];
      const ms = await Promise.all(ids.map((_, i) => member(core, `alone-${c}-${i}`)));
      const results = await Promise.allSettled(ids.map((taskId, i) => submitServed(core, { memberId: ms[i]!, taskId, choice: 'cat' })));
      expect(results.map((r) => (r.status === 'fulfilled' ? r.value.outcome : 'threw'))).toEqual([...Array(4).fill('accepted'), 'threw', 'threw', ...Array(4).fill('accepted')]);
    });

    it('pays concurrent finalizations of one campaign within its budget, one ledger row per answer', async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 1, max: 12 }), async (tasks, affordable) => {
          const c = await activeCampaign(core, { items: tasks, def: { reward: '10', budget: String(10 * affordable), answersPerTask: 1, maxAnswersPerTask: 1 } });
          const taskIds: number[] = (await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id`, [c])).map((r: { id: number }) => r.id);
          const ms = await Promise.all(taskIds.map((_, i) => member(core, `fin-${c}-${i}`)));
          const results = await Promise.all(taskIds.map((taskId, i) => submitServed(core, { memberId: ms[i]!, taskId, choice: 'cat' })));
          expect(results.every((r) => r.outcome === 'accepted' && r.task.status === 'final')).toBe(true);
          const paid = results.filter((r) => r.outcome === 'accepted' && r.reward?.status === 'pending');
          expect(paid).toHaveLength(Math.min(tasks, affordable));
          const [books] = await core.ds.query(
            `SELECT (SELECT count(*)::int FROM reward_ledger WHERE campaign_id = $1) AS ledger,
                    (SELECT count(DISTINCT answer_id)::int FROM reward_ledger WHERE campaign_id = $1) AS answers,
                    (SELECT coalesce(sum(amount), 0)::text FROM reward_ledger WHERE campaign_id = $1) AS paid,
                    (SELECT spent::text FROM campaign_budget WHERE campaign_id = $1) AS spent`,
            [c],
          );
          expect(books).toEqual({ ledger: tasks, answers: tasks, paid: books.spent, spent: (BigInt(Math.min(tasks, affordable)) * 10n * 10n ** 18n).toString() });
        }),
        { numRuns: 8, seed: 11 },
      );
    });

    it('gives the last open slot of a task to exactly one of several members', async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 2, max: 10 }), async (racers) => {
          const c = await activeCampaign(core, { items: 1, def: { answersPerTask: 2, maxAnswersPerTask: 2 } });
          const taskId = await firstTask(c);
          await submitServed(core, { memberId: await member(core, `slot-${c}-first`), taskId, choice: 'cat' });
          const ms = await Promise.all(Array.from({ length: racers }, (_, i) => member(core, `slot-${c}-${i}`)));
          const results = await Promise.all(ms.map((m) => submitServed(core, { memberId: m, taskId, choice: 'cat' })));
          expect(results.filter((r) => r.outcome === 'accepted')).toHaveLength(1);
          for (const r of results.filter((x) => x.outcome === 'rejected')) {
            expect(r.outcome === 'rejected' && ['answer.task_full', 'answer.task_closed']).toContain(r.outcome === 'rejected' && r.error.code);
          }
          const [{ answers }] = await core.ds.query(`SELECT count(*)::int AS answers FROM answer WHERE task_id = $1`, [taskId]);
          const [{ ledger }] = await core.ds.query(`SELECT count(*)::int AS ledger FROM reward_ledger WHERE task_id = $1`, [taskId]);
          const [{ answer_count }] = await core.ds.query(`SELECT answer_count FROM task WHERE id = $1`, [taskId]);
          expect(answers).toBe(2);
          expect(ledger).toBe(2);
          expect(answer_count).toBe(2);
        }),
        { numRuns: 8, seed: 7 },
      );
    });
  });
});
