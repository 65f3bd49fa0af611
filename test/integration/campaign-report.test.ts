import { activeCampaign, createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { submitServed } from '../helpers/serve';

describe(`campaign report and chat pace on ${engine}`, () => {
  let core: TestCore;

  beforeAll(async () => {
    core = await createTestCore();
  });

  afterAll(async () => {
    await core.cleanup();
  });

  it('counts answers per day and ranks the campaign miners', async () => {
    const c = await activeCampaign(core, { items: 2 });
    const tasks: { id: number }[] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id`, [c]);
    const [ann, bo, cy] = [await member(core, 'rep-ann'), await member(core, 'rep-bo'), await member(core, 'rep-cy')];
    for (const m of [ann, bo, cy]) await submitServed(core, { memberId: m, taskId: tasks[0]!.id, choice: 'cat' });
    await submitServed(core, { memberId: ann, taskId: tasks[1]!.id, choice: 'dog' });
    // One answer from three days ago, so the series has a day with answers besides today.
    await core.ds.query(`UPDATE answer SET created_at = now() - interval '3 days' WHERE member_id = $1 AND task_id = $2`, [bo, tasks[0]!.id]);

    const r = await core.reports.report(c, { days: 7, top: 2 });
    expect(r.answersPerDay).toHaveLength(7);
    expect(r.answersPerDay.reduce((s, d) => s + d.answers, 0)).toBe(4);
    expect(r.answersPerDay.at(-1)!.answers).toBe(3);
    expect(r.answersPerDay.at(-4)!.answers).toBe(1);
    expect(r.answersPerDay.map((d) => d.day)).toEqual([...r.answersPerDay.map((d) => d.day)].sort());
    expect(r.topMiners).toHaveLength(2);
    expect(r.topMiners[0]).toMatchObject({ memberId: ann, displayName: 'rep-ann', answers: 2, accepted: 1, earned: 10n * 10n ** 18n });
    expect(r.stats.answers).toBe(4);
    expect(r.verifiedAccuracy).toBeNull();
  });

  it('keeps a chat pace and reserves at most that many cards', async () => {
    await activeCampaign(core, { items: 6 });
    const c = await activeCampaign(core, { items: 6 });
    const chat = 'telegram:-777';
    await core.campaigns.postTo(c, chat);
    expect(await core.posts.pace(chat)).toBeUndefined();
    expect(await core.posts.setPace(chat, 5)).toEqual({ openCards: 5, refillBelow: 5 });
    expect(await core.posts.pace(chat)).toEqual({ openCards: 5, refillBelow: 5 });
    expect(await core.posts.reserve(chat)).toHaveLength(5);
    await expect(core.posts.setPace(chat, 0)).rejects.toThrow(RangeError);
    await core.posts.setPace(chat, 1);
    expect(await core.posts.pace(chat)).toEqual({ openCards: 1, refillBelow: 1 });
  });
});
