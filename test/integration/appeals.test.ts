import { CLI_ACTOR, ONE_TNET, type Actor, type Platform } from '../../core';
import { settleTask } from '../../core/scoring/settle-task';
import { submitServed } from '../helpers/serve';
import { campaignWithItems, createTestCore, engine, member, testCommunity, type TestCore } from '../helpers/test-core';

/** A chat member who is no platform admin; `admins` are the places they administer. */
function person(platform: Platform, place: string | null, admins: string[], memberId: number | null = null): Actor {
  return { memberId, identity: `${platform}:mod${memberId ?? 0}`, platformAdmin: false, here: { platform, place }, moderates: async (p) => admins.includes(p) };
}

describe(`appeals on ${engine}`, () => {
  let core: TestCore;
  let now = new Date('2026-12-01T10:00:00Z');
  beforeAll(async () => {
    core = await createTestCore({}, { clock: () => now });
  });
  afterAll(async () => {
    await core.cleanup();
  });

  const taskOf = async (campaignId: number, n: number): Promise<number> => (await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND item_key = $2`, [campaignId, `i${n}`]))[0].id;
  const answer = async (memberId: number, taskId: number, choice: string) => {
    const r = await submitServed(core, { memberId, taskId, choice });
    if (r.outcome !== 'accepted') throw new Error(`answer ${r.outcome}`);
  };
  const ledger = async (taskId: number, memberId: number) =>
    core.ds.query(`SELECT amount::text AS amount, status, rule, corrects_id IS NOT NULL AS corrects FROM reward_ledger WHERE task_id = $1 AND member_id = $2 ORDER BY id`, [taskId, memberId]);
  const spent = async (campaignId: number): Promise<bigint> => BigInt((await core.ds.query(`SELECT spent::text AS s FROM campaign_budget WHERE campaign_id = $1`, [campaignId]))[0].s);

  let seq = 0;
  /** A community campaign of `tasks` tasks, each answered cat, cat by two others and dog by the appellant: the appellant's answers are withheld as mismatches. */
  async function withheldAnswers(tasks: number, over: Record<string, unknown> = {}) {
    seq += 1;
    const chat = `-1009${seq}`;
    const communityId = await testCommunity(core, 'telegram', chat);
    const campaignId = await campaignWithItems(core, Array.from({ length: tasks }, (_, i) => `picture ${i}`), { consensusMode: 'majority', ...over }, { communityId });
    const [appellant, a, b] = await Promise.all([`app${seq}`, `a${seq}`, `b${seq}`].map((n) => member(core, n)));
    const taskIds: number[] = [];
    for (let i = 1; i <= tasks; i++) {
      const t = await taskOf(campaignId, i);
      await answer(appellant!, t, 'dog');
      await answer(a!, t, 'cat');
      await answer(b!, t, 'cat');
      taskIds.push(t);
    }
    return { chat, communityId, campaignId, appellant: appellant!, other: a!, taskIds, moderator: person('telegram', chat, [chat], a!) };
  }

  it('files an appeal of the member’s own withheld answer, once, and refuses others', async () => {
    const s = await withheldAnswers(2);
    const [t1, t2] = s.taskIds as [number, number];
    expect(await ledger(t1, s.appellant)).toEqual([{ amount: '0', status: 'withheld', rule: 'majority.mismatch', corrects: false }]);
    // Another member's task, a paid answer, an empty and a long reason: refused, nothing stored.
    expect(await core.appeals.file(s.other, t1, 'mine')).toEqual({ ok: false, refusal: 'not_withheld' });
    expect(await core.appeals.file(s.appellant, 999_999, 'no such')).toEqual({ ok: false, refusal: 'not_found' });
    expect(await core.appeals.file(s.appellant, t1, '   ')).toEqual({ ok: false, refusal: 'reason_empty' });
    expect(await core.appeals.file(s.appellant, t1, 'x'.repeat(301))).toEqual({ ok: false, refusal: 'reason_too_long' });
    const filed = await core.appeals.file(s.appellant, t1, '  It is a dog:\nlook at the ears.  ');
    expect(filed).toEqual({ ok: true, appealId: expect.any(Number) });
    expect(await core.appeals.file(s.appellant, t1, 'again')).toEqual({ ok: false, refusal: 'duplicate' });
    // The appellant never reads their own appeal in a queue (a moderator who also answers).
    expect(await core.appeals.pendingAppeals(s.communityId, s.appellant)).toEqual([]);
    // The queue shows the task, its counts, the consensus and the member's record, without names.
    const queue = await core.appeals.pendingAppeals(s.communityId, null);
    expect(queue).toEqual([
      expect.objectContaining({
        taskId: t1,
        reason: 'It is a dog: look at the ears.',
        rule: 'majority.mismatch',
        choice: 'dog',
        counts: [
          { choice: 'cat', count: 2 },
          { choice: 'dog', count: 1 },
        ],
        consensusLabel: 'cat',
        record: expect.objectContaining({ answers: 2, withheld: [{ rule: 'majority.mismatch', count: 2 }] }),
      }),
    ]);
    expect(await core.appeals.appealable(s.appellant)).toEqual([{ taskId: t2, rule: 'majority.mismatch' }]);
    // Not another community's queue, and not the platform's.
    expect(await core.appeals.pendingAppeals(null, null)).toEqual([]);
  });

  it('refuses an answer still waiting for its judgement', async () => {
    seq += 1;
    const campaignId = await campaignWithItems(core, ['lonely'], { consensusMode: 'majority' });
    const m = await member(core, `wait${seq}`);
    const t = await taskOf(campaignId, 1);
    await answer(m, t, 'dog');
    expect(await core.appeals.file(m, t, 'please')).toEqual({ ok: false, refusal: 'waiting' });
  });

  it('limits a member to 3 waiting appeals and 5 a day', async () => {
    const s = await withheldAnswers(7);
    const file = (i: number) => core.appeals.file(s.appellant, s.taskIds[i]!, `reason ${i}`);
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) ids.push(((await file(i)) as { appealId: number }).appealId);
    expect(await file(3)).toEqual({ ok: false, refusal: 'too_many_pending' });
    await core.appeals.decide(s.moderator, ids[0]!, 'refuse');
    await core.appeals.decide(s.moderator, ids[1]!, 'refuse');
    expect((await file(3)).ok).toBe(true);
    await core.appeals.decide(s.moderator, ids[2]!, 'refuse');
    expect((await file(4)).ok).toBe(true);
    // Five filed in the last 24 hours: the sixth waits for the window to move on.
    expect(await file(5)).toEqual({ ok: false, refusal: 'rate_limited' });
    now = new Date(now.getTime() + 25 * 60 * 60 * 1000);
    expect((await file(5)).ok).toBe(true);
  });

  it('upholds once: one correcting row within the budget, audited; a second decision and strangers are refused', async () => {
    const s = await withheldAnswers(1);
    const t = s.taskIds[0]!;
    const { appealId } = (await core.appeals.file(s.appellant, t, 'dog ears')) as { appealId: number };
    const before = await spent(s.campaignId);
    const audits = (await core.audit.list({ communityId: s.communityId })).length;
    // Another community's moderator, someone in their own chat, a member in private: as unknown.
    const stranger = person('telegram', '-100555', ['-100555']);
    expect(await core.appeals.decide(stranger, appealId, 'uphold')).toEqual({ ok: false, refusal: 'not_found' });
    expect(await core.appeals.decide(person('telegram', null, []), appealId, 'uphold')).toEqual({ ok: false, refusal: 'not_found' });
    expect(await core.appeals.decide(person('discord', s.chat, [s.chat]), appealId, 'uphold')).toEqual({ ok: false, refusal: 'not_found' });
    expect(await core.appeals.decide(s.moderator, 999_999, 'uphold')).toEqual({ ok: false, refusal: 'not_found' });
    // The appellant moderating the community too: not a judge of their own appeal.
    expect(await core.appeals.decide(person('telegram', s.chat, [s.chat], s.appellant), appealId, 'uphold')).toEqual({ ok: false, refusal: 'own_appeal' });
    // Two decisions at once: exactly one goes through.
    const both = await Promise.all([core.appeals.decide(s.moderator, appealId, 'uphold'), core.appeals.decide(person('telegram', null, [s.chat]), appealId, 'refuse')]);
    expect(both.filter((d) => d.ok)).toHaveLength(1);
    expect(both.filter((d) => !d.ok)).toEqual([{ ok: false, refusal: 'already_decided' }]);
    const won = both.find((d) => d.ok) as { state: string };
    expect(await core.appeals.decide(s.moderator, appealId, 'refuse')).toEqual({ ok: false, refusal: 'already_decided' });
    const rows = await ledger(t, s.appellant);
    const lines = (await core.audit.list({ communityId: s.communityId })).slice(audits);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ action: won.state === 'upheld' ? 'appeal.uphold' : 'appeal.refuse', subject: `appeal:${appealId}` });
    expect((await core.appeals.mine(s.appellant))[0]).toMatchObject({ appealId, taskId: t, state: won.state });
    if (won.state === 'upheld') {
      expect(rows).toEqual([
        { amount: '0', status: 'withheld', rule: 'majority.mismatch', corrects: false },
        { amount: (10n * ONE_TNET).toString(), status: 'pending', rule: 'appeal.upheld', corrects: true },
      ]);
      expect(await spent(s.campaignId)).toBe(before + 10n * ONE_TNET);
    } else {
      expect(rows).toHaveLength(1);
      expect(await spent(s.campaignId)).toBe(before);
    }
    expect(await core.appeals.pendingAppeals(s.communityId, null)).toEqual([]);
  });

  it('refuses: nothing paid, the member sees the decision', async () => {
    const s = await withheldAnswers(1);
    const t = s.taskIds[0]!;
    const { appealId } = (await core.appeals.file(s.appellant, t, 'dog ears')) as { appealId: number };
    const before = await spent(s.campaignId);
    expect(await core.appeals.decide(CLI_ACTOR, appealId, 'refuse')).toEqual({ ok: true, state: 'refused', taskId: t, amount: 0n });
    expect(await ledger(t, s.appellant)).toHaveLength(1);
    expect(await spent(s.campaignId)).toBe(before);
    expect((await core.appeals.mine(s.appellant))[0]).toMatchObject({ appealId, state: 'refused', decidedAt: now });
  });

  it('leaves an upheld payment through a settlement take-back', async () => {
    // The appellant's matching answer is withheld as suspected collusion; settlement would take a payment of it back.
    seq += 1;
    const chat = `-1009${seq}`;
    const communityId = await testCommunity(core, 'telegram', chat);
    const campaignId = await campaignWithItems(core, ['one'], { consensusMode: 'majority' }, { communityId });
    const [x, a, b] = await Promise.all([`x${seq}`, `y${seq}`, `z${seq}`].map((n) => member(core, n)));
    await core.ds.query(`INSERT INTO member_skill (campaign_id, member_id, answers, accuracy, gold_answers, gold_correct, suspicion) VALUES ($1, $2, 10, 0.9, 0, 0, 'collusion')`, [campaignId, x]);
    const t = await taskOf(campaignId, 1);
    for (const m of [x!, a!, b!]) await answer(m, t, 'cat');
    expect(await ledger(t, x!)).toEqual([{ amount: '0', status: 'withheld', rule: 'collusion.suspected', corrects: false }]);
    const { appealId } = (await core.appeals.file(x!, t, 'we are not one')) as { appealId: number };
    expect(await core.appeals.decide(person('telegram', chat, [chat]), appealId, 'uphold')).toMatchObject({ ok: true, state: 'upheld', amount: 10n * ONE_TNET });
    await core.ds.query(`UPDATE campaign_model SET settled_at = now() WHERE campaign_id = $1`, [campaignId]);
    expect(await settleTask(core.ds, t)).toBe(0);
    expect((await ledger(t, x!)).map((r: { amount: string }) => r.amount)).toEqual(['0', (10n * ONE_TNET).toString()]);
  });

  it('leaves an upheld payment through a re-score that names the same label again', async () => {
    seq += 1;
    const chat = `-1009${seq}`;
    const communityId = await testCommunity(core, 'telegram', chat);
    const campaignId = await campaignWithItems(core, ['one'], { consensusMode: 'dawid_skene' }, { communityId });
    const [x, a, b, c] = await Promise.all(['x', 'a', 'b', 'c'].map((n) => member(core, `${n}r${seq}`)));
    const t = await taskOf(campaignId, 1);
    // 2-1 stays open for newcomers; a third cat decides it (3-1).
    await answer(x!, t, 'dog');
    for (const m of [a!, b!, c!]) await answer(m, t, 'cat');
    expect(await ledger(t, x!)).toEqual([{ amount: '0', status: 'withheld', rule: 'consensus.mismatch', corrects: false }]);
    const { appealId } = (await core.appeals.file(x!, t, 'a dog')) as { appealId: number };
    await core.appeals.decide(person('telegram', chat, [chat]), appealId, 'uphold');
    // A round that had stored another label decides cat again: every answer is judged anew,
    // and the dog answer (paid by the appeal) would be taken back, but for the appeal.
    await core.ds.query(`UPDATE task SET consensus_label = 'dog' WHERE id = $1`, [t]);
    const r = await core.scoring.rescoreTask(t);
    expect(r.changed).toBe(true);
    expect((await ledger(t, x!)).map((l: { amount: string }) => l.amount)).toEqual(['0', (10n * ONE_TNET).toString()]);
    expect(await ledger(t, a!)).toHaveLength(1);
  });

  it('refuses an uphold the budget cannot pay and leaves the appeal waiting', async () => {
    const s = await withheldAnswers(1, { budget: '20' });
    const { appealId } = (await core.appeals.file(s.appellant, s.taskIds[0]!, 'dog')) as { appealId: number };
    expect(await core.appeals.decide(s.moderator, appealId, 'uphold')).toEqual({ ok: false, refusal: 'budget_short' });
    expect((await core.appeals.pendingAppeals(s.communityId, null)).map((p) => p.appealId)).toEqual([appealId]);
    expect((await core.appeals.decide(s.moderator, appealId, 'refuse')).ok).toBe(true);
  });
});
