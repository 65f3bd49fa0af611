import { activeCampaign, createTestCore, engine, member, type TestCore } from '../helpers/test-core';

/**
 * The timing signal (issue 8): the assignment notes when a member first saw a task, the
 * submit how long they took, and a scoring round withholds the matches of a member whose
 * median think time is under the campaign's min_think_ms.
 */
describe(`answer timing on ${engine}`, () => {
  let core: TestCore;
  let now = Date.UTC(2026, 5, 1, 12);
  beforeAll(async () => {
    core = await createTestCore({}, { clock: () => new Date(now) });
  });
  afterAll(async () => {
    await core.cleanup();
  });

  /** The member takes a card and answers it `thinkMs` later with `choice` (or the card's first option). */
  const take = async (memberId: number, campaignId: number, thinkMs: number, choice = 'cat') => {
    const next = await core.assignment.next(memberId, [campaignId]);
    if (!next.found) throw new Error('no task');
    now += thinkMs;
    const r = await core.answers.submit({ memberId, taskId: next.card.taskId, choice });
    if (r.outcome !== 'accepted') throw new Error(`answer ${r.outcome}`);
    now += 1000;
    return r;
  };
  const thinkOf = async (memberId: number, campaignId: number): Promise<(number | null)[]> =>
    (await core.ds.query(`SELECT think_ms FROM answer WHERE member_id = $1 AND campaign_id = $2 ORDER BY id`, [memberId, campaignId])).map((r: { think_ms: number | null }) => r.think_ms);

  it('times each answer from the first serve of its card, and refuses one to a task never served', async () => {
    const c = await activeCampaign(core, { items: 4, def: { consensusMode: 'dawid_skene' } });
    const m = await member(core, 'timed');
    const first = await core.assignment.next(m, [c]);
    if (!first.found) throw new Error('no task');
    now += 4000;
    // Shown again before the answer: the think time still runs from the first serve.
    const again = await core.assignment.next(m, [c]);
    expect(again.found && again.card.taskId).toBe(first.card.taskId);
    now += 2500;
    await core.answers.submit({ memberId: m, taskId: first.card.taskId, choice: 'dog' });
    const other = (await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND id <> $2 ORDER BY id LIMIT 1`, [c, first.card.taskId]))[0].id;
    const unserved = await core.answers.submit({ memberId: m, taskId: other, choice: 'dog' });
    expect(unserved.outcome === 'rejected' && unserved.error.code).toBe('answer.not_served');
    expect(await thinkOf(m, c)).toEqual([6500]);
  });

  it('withholds the matches of a member who answers faster than the items can be read, and only theirs', async () => {
    const c = await activeCampaign(core, { items: 12, def: { consensusMode: 'dawid_skene' } });
    const readers = await Promise.all(['reader1', 'reader2'].map((n) => member(core, n)));
    const clicker = await member(core, 'clicker');
    // Everyone answers "cat" on the first six items: the clicker agrees, but in 300 ms.
    for (let i = 0; i < 6; i++) {
      for (const r of readers) await take(r, c, 3000);
      await take(clicker, c, 300);
    }
    expect((await thinkOf(clicker, c)).every((t) => t === 300)).toBe(true);
    const summary = await core.rounds.refit(c);
    expect(summary.tooFast).toBe(1);
    const skills: { member_id: number; suspicion: string | null }[] = await core.ds.query(`SELECT member_id, suspicion FROM member_skill WHERE campaign_id = $1`, [c]);
    expect(skills.find((s) => s.member_id === clicker)!.suspicion).toBe('too_fast');
    for (const r of readers) expect(skills.find((s) => s.member_id === r)!.suspicion).toBeNull();

    // The next task: the readers' matches pay, the clicker's match is withheld by the timing rule.
    for (const r of readers) await take(r, c, 3000);
    const tap = await take(clicker, c, 300);
    expect(tap.task.status).toBe('final');
    const rows: { member_id: number; rule: string; status: string; amount: string }[] = await core.ds.query(
      `SELECT member_id, rule, status, amount::text AS amount FROM reward_ledger WHERE task_id = $1 ORDER BY member_id`,
      [tap.task.taskId],
    );
    expect(rows.find((r) => r.member_id === clicker)).toMatchObject({ rule: 'timing.too_fast', status: 'withheld', amount: '0' });
    for (const r of readers) expect(rows.find((x) => x.member_id === r)).toMatchObject({ rule: 'consensus.match', status: 'pending' });
  });

  it('counts answers without a think time as suspect, never as careful ones', async () => {
    const c = await activeCampaign(core, { items: 12, def: { consensusMode: 'dawid_skene' } });
    const readers = await Promise.all(['untimed-reader1', 'untimed-reader2'].map((n) => member(core, n)));
    const untimed = await member(core, 'untimed');
    const mostlyTimed = await member(core, 'mostly-timed');
    for (let i = 0; i < 6; i++) {
      for (const r of readers) await take(r, c, 3000);
      await take(untimed, c, 3000);
      await take(mostlyTimed, c, 3000);
    }
    // Rows from before every answer was timed (a forged button, a group card): no think time.
    await core.ds.query(`UPDATE answer SET think_ms = NULL WHERE campaign_id = $1 AND member_id = $2`, [c, untimed]);
    await core.ds.query(`UPDATE answer SET think_ms = NULL WHERE id = (SELECT min(id) FROM answer WHERE campaign_id = $1 AND member_id = $2)`, [c, mostlyTimed]);
    const summary = await core.rounds.refit(c);
    expect(summary.tooFast).toBe(1);
    const skills: { member_id: number; suspicion: string | null }[] = await core.ds.query(`SELECT member_id, suspicion FROM member_skill WHERE campaign_id = $1`, [c]);
    expect(skills.find((s) => s.member_id === untimed)!.suspicion).toBe('too_fast');
    expect(skills.find((s) => s.member_id === mostlyTimed)!.suspicion).toBeNull();
  });

  it('judges no pace in a campaign with min_think_ms 0, nor on fewer than five timed answers', async () => {
    const off = await activeCampaign(core, { items: 8, def: { consensusMode: 'dawid_skene', minThinkMs: 0 } });
    const few = await activeCampaign(core, { items: 8, def: { consensusMode: 'dawid_skene' } });
    const m = await member(core, 'quick');
    for (let i = 0; i < 6; i++) await take(m, off, 100);
    for (let i = 0; i < 4; i++) await take(m, few, 100);
    expect((await core.rounds.refit(off)).tooFast).toBe(0);
    expect((await core.rounds.refit(few)).tooFast).toBe(0);
  });
});
