import { activeCampaign, createTestCore, engine, member, type TestCore } from '../helpers/test-core';

/**
 * Reputation across campaigns (issue 18): a member's standing in earlier campaigns is the
 * prior of the next campaign's fit, and clear abuse puts them on probation there.
 */
describe(`reputation across campaigns on ${engine}`, () => {
  let core: TestCore;
  let now = Date.UTC(2026, 5, 1, 12);
  beforeAll(async () => {
    core = await createTestCore({}, { clock: () => new Date(now) });
  });
  afterAll(async () => {
    await core.cleanup();
  });

  /** The member takes a card and answers it `thinkMs` later: everyone gives a task the same answer, which varies over the tasks. */
  const take = async (memberId: number, campaignId: number, thinkMs: number) => {
    const next = await core.assignment.next(memberId, [campaignId]);
    if (!next.found) throw new Error('no task');
    now += thinkMs;
    const choice = ['cat', 'dog', 'bird'][next.card.taskId % 3]!;
    const r = await core.answers.submit({ memberId, taskId: next.card.taskId, choice });
    if (r.outcome !== 'accepted') throw new Error(`answer ${r.outcome}`);
    now += 1000;
    return r;
  };
  /** The campaign's reward, 10 TNET, in base units. */
  const REWARD = (10n * 10n ** 18n).toString();
  const dawidSkene = { consensusMode: 'dawid_skene', minEvidence: 5 };
  const ledgerOf = (memberId: number, campaignId: number): Promise<{ rule: string | null; net: string }[]> =>
    core.ds.query(
      `SELECT a.id, (SELECT r.rule FROM reward_ledger r WHERE r.answer_id = a.id AND r.corrects_id IS NULL) AS rule,
              coalesce((SELECT sum(r.amount) FROM reward_ledger r WHERE r.answer_id = a.id), 0)::text AS net
       FROM answer a WHERE a.member_id = $1 AND a.campaign_id = $2 ORDER BY a.id`,
      [memberId, campaignId],
    );
  const skillOf = async (memberId: number, campaignId: number) =>
    (await core.ds.query(`SELECT answers, accuracy, own_accuracy, prior_answers, probation FROM member_skill WHERE member_id = $1 AND campaign_id = $2`, [memberId, campaignId]))[0] as {
      answers: number;
      accuracy: number;
      own_accuracy: number;
      prior_answers: number;
      probation: string | null;
    };

  it('puts a member caught too fast in one campaign on probation in the next: their matches there earn nothing', async () => {
    const first = await activeCampaign(core, { items: 8, def: dawidSkene });
    const readers = await Promise.all(['p-reader1', 'p-reader2', 'p-reader3'].map((n) => member(core, n)));
    const clicker = await member(core, 'p-clicker');
    for (let i = 0; i < 6; i++) {
      for (const r of readers) await take(r, first, 3000);
      await take(clicker, first, 300);
    }
    await core.rounds.refit(first);
    expect((await skillOf(clicker, first)).probation).toBeNull();

    // The next campaign: the clicker now reads at a reader's pace and agrees on every task.
    now += 86_400_000;
    const second = await activeCampaign(core, { items: 12, def: dawidSkene });
    for (let i = 0; i < 6; i++) {
      for (const r of readers) await take(r, second, 3000);
      await take(clicker, second, 3000);
    }
    // Closed: the round settles it, and nothing waits any more.
    await core.campaigns.transition(second, 'close');
    const summary = await core.rounds.refit(second);
    expect(summary.settled).toBe(true);
    expect(summary.tooFast).toBe(0);
    const standing = await skillOf(clicker, second);
    expect(standing.probation).toBe('too_fast');
    // Six good answers are too few to clear a probation: nothing of theirs is paid.
    const rows = await ledgerOf(clicker, second);
    expect(rows).toHaveLength(6);
    for (const r of rows) expect(r).toMatchObject({ rule: 'probation.unproven', net: '0' });
    // The readers, whose record is clean, are paid for the answers on the same tasks.
    const paid = async (memberId: number) => (await ledgerOf(memberId, second)).filter((x) => x.rule === 'consensus.match' && x.net === REWARD).length;
    for (const r of readers) expect(await paid(r)).toBeGreaterThanOrEqual(5);
  });

  it("starts a good member's next campaign from their record: their first answers are paid while a newcomer's wait", async () => {
    const first = await activeCampaign(core, { items: 12, def: dawidSkene });
    const veterans = await Promise.all(['v-1', 'v-2', 'v-3'].map((n) => member(core, n)));
    for (let i = 0; i < 12; i++) for (const v of veterans) await take(v, first, 3000);
    await core.rounds.refit(first);
    for (const v of veterans) expect((await skillOf(v, first)).answers).toBe(12);

    now += 86_400_000;
    const second = await activeCampaign(core, { items: 8, def: dawidSkene });
    const newcomer = await member(core, 'v-newcomer');
    // Two tasks each: three veterans and the newcomer on the same two (fullest first).
    for (let i = 0; i < 2; i++) {
      for (const v of veterans) await take(v, second, 3000);
      await take(newcomer, second, 3000);
    }
    const summary = await core.rounds.refit(second);
    expect(summary.settled).toBe(false);
    const decided: number[] = ((await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND status = 'final' ORDER BY id`, [second])) as { id: number }[]).map((r) => r.id);
    expect(decided.length).toBeGreaterThan(0);
    const onDecided = async (memberId: number) =>
      ((await core.ds.query(
        `SELECT (SELECT r.rule FROM reward_ledger r WHERE r.answer_id = a.id AND r.corrects_id IS NULL) AS rule FROM answer a WHERE a.member_id = $1 AND a.task_id = ANY($2::int[]) ORDER BY a.id`,
        [memberId, decided],
      )) as { rule: string | null }[]).map((r) => r.rule);
    for (const v of veterans) {
      const s = await skillOf(v, second);
      expect(s.answers).toBe(2);
      // Their record adds evidence: two answers here plus twelve there are enough to judge.
      expect(s.prior_answers).toBeGreaterThanOrEqual(3);
      expect(s.accuracy).toBeGreaterThan(s.own_accuracy);
      const rules = await onDecided(v);
      expect(rules.length).toBeGreaterThan(0);
      expect(rules.every((r) => r === 'consensus.match')).toBe(true);
    }
    // The newcomer agreed on the same tasks, but two answers are not enough evidence yet.
    expect((await skillOf(newcomer, second)).prior_answers).toBe(0);
    const waiting = await onDecided(newcomer);
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((r) => r === null)).toBe(true);
  });
});
