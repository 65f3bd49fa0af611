import { Wallet } from 'ethers';
import { parseTnet } from '../../core';
import type { PlatformUser } from '../../core';
import { activeCampaign, createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { submitServed } from '../helpers/serve';

const tnet = (n: string): bigint => parseTnet(n)!;

describe(`one person, two chats, on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore({ PUBLIC_URL: 'https://mining.example.org' });
  });
  afterAll(async () => {
    await core.cleanup();
  });

  const resolve = async (u: PlatformUser) => (await core.identities.resolve(u)).memberId;
  async function linkAndVerify(u: PlatformUser, wallet: Pick<Wallet, 'address' | 'signMessage'>) {
    const id = await resolve(u);
    const req = await core.wallets.requestLink(id, u, wallet.address);
    return core.wallets.verify(id, u, await wallet.signMessage(req.message));
  }
  async function answerTask(campaignId: number, index: number, memberId: number, choice = 'cat') {
    const tasks: { id: number }[] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id`, [campaignId]);
    const r = await submitServed(core, { memberId, taskId: tasks[index]!.id, choice });
    expect(r.outcome).toBe('accepted');
    return tasks[index]!.id;
  }
  const ledgerSum = async (memberId: number): Promise<bigint> => {
    const [r] = await core.ds.query(`SELECT coalesce(sum(amount), 0)::text AS s FROM reward_ledger WHERE member_id = $1 AND status <> 'withheld'`, [memberId]);
    return BigInt(r.s);
  };

  it('merges a Telegram and a Discord identity that verify the same wallet, after the second confirms, counting nothing twice', async () => {
    const discord: PlatformUser = { platform: 'discord', platformUserId: '1001', displayName: 'ana' };
    const telegram: PlatformUser = { platform: 'telegram', platformUserId: '2002', displayName: 'ana' };
    const wallet = Wallet.createRandom();
    const d = await resolve(discord);
    const t = await resolve(telegram);
    const x = await member(core, 'merge-x');
    const y = await member(core, 'merge-y');
    const c = await activeCampaign(core, { items: 4 });
    // Task 0: Discord first, then Telegram (both paid: a duplicate). Task 1: Telegram only.
    // Task 2: Telegram first, then Discord (the survivor's answer is the later one).
    const task0 = await answerTask(c, 0, d);
    await answerTask(c, 0, t);
    await answerTask(c, 0, x);
    await answerTask(c, 1, t);
    await answerTask(c, 1, x);
    await answerTask(c, 1, y);
    const task2 = await answerTask(c, 2, t);
    await answerTask(c, 2, d);
    await answerTask(c, 2, y);
    // Every answer matched: its reward row, whether the scoring wrote it already or waits
    // for more evidence of the members' skill (the merge moves rows, it does not score).
    const topped: unknown[] = await core.ds.query(
      `INSERT INTO reward_ledger (member_id, campaign_id, task_id, answer_id, amount, status, rule, consensus_label)
       SELECT a.member_id, a.campaign_id, a.task_id, a.id, $2, 'pending', 'majority.match', 'cat' FROM answer a
       WHERE a.campaign_id = $1 AND NOT EXISTS (SELECT 1 FROM reward_ledger l WHERE l.answer_id = a.id) RETURNING id`,
      [c, tnet('10').toString()],
    );
    await core.ds.query(`UPDATE campaign_budget SET spent = spent + $2 WHERE campaign_id = $1`, [c, (tnet('10') * BigInt(topped.length)).toString()]);
    const [tAnswer2] = await core.ds.query(`SELECT id FROM answer WHERE task_id = $1 AND member_id = $2`, [task2, t]);
    expect(await ledgerSum(d)).toBe(tnet('20'));
    expect(await ledgerSum(t)).toBe(tnet('30'));
    const [before] = await core.ds.query(`SELECT spent::text AS spent FROM campaign_budget WHERE campaign_id = $1`, [c]);

    expect(await linkAndVerify(discord, wallet)).toEqual({ outcome: 'linked', address: wallet.address.toLowerCase() });
    const offered = await linkAndVerify(telegram, wallet);
    expect(offered).toMatchObject({ outcome: 'merge_offered', address: wallet.address.toLowerCase(), otherMemberId: d });
    // Offered, not done: the Telegram identity is still its own member, without a wallet.
    expect(await resolve(telegram)).toBe(t);
    expect(await core.wallets.get(t)).toBeUndefined();

    const result = await core.merges.confirm(t);
    expect(result).toMatchObject({ memberId: d, absorbedMemberId: t, identities: 1, duplicates: 2, takenBack: tnet('20') });
    expect(await resolve(telegram)).toBe(d);
    expect(await resolve(discord)).toBe(d);
    // Pending: Discord's task 0 and task 2 rewards + Telegram's task 1; the later answers of task 0 and 2 are taken back.
    expect(await ledgerSum(d)).toBe(tnet('30'));
    expect((await core.rewards.balance(d)).pending).toBe(tnet('30'));
    expect(await ledgerSum(t)).toBe(0n);
    const [after] = await core.ds.query(`SELECT spent::text AS spent FROM campaign_budget WHERE campaign_id = $1`, [c]);
    expect(BigInt(before.spent) - BigInt(after.spent)).toBe(tnet('20'));
    // The survivor holds one answer per task; the earlier of each pair is the one it keeps.
    const answers: { task_id: number; id: string }[] = await core.ds.query(`SELECT task_id, id::text FROM answer WHERE member_id = $1 ORDER BY task_id`, [d]);
    expect(answers.map((a) => a.task_id)).toHaveLength(3);
    expect(answers.find((a) => a.task_id === task2)!.id).toBe(String(tAnswer2.id));
    const [absorbed] = await core.ds.query(`SELECT merged_into_id FROM member WHERE id = $1`, [t]);
    expect(absorbed.merged_into_id).toBe(d);
    const held: { task_id: number }[] = await core.ds.query(`SELECT task_id FROM answer WHERE member_id = $1 ORDER BY task_id`, [t]);
    expect(held.map((a) => a.task_id)).toEqual([task0, task2]);
    const [{ n }] = await core.ds.query(`SELECT count(*)::int AS n FROM member_merge_duplicate`);
    expect(n).toBe(2);
    expect(await core.wallets.get(d)).toBe(wallet.address.toLowerCase());
    await expect(core.merges.confirm(t)).rejects.toMatchObject({ code: 'member.no_merge' });
    // One person, one vote: the scoring round fits the survivor alone, not the duplicates left behind.
    const round = await core.rounds.refit(c);
    const [{ all }] = await core.ds.query(`SELECT count(*)::int AS all FROM answer WHERE campaign_id = $1`, [c]);
    expect(round.answers).toBe(all - 2);
    const skills: { member_id: number }[] = await core.ds.query(`SELECT member_id FROM member_skill WHERE campaign_id = $1`, [c]);
    expect(skills.map((s) => s.member_id)).not.toContain(t);
  });

  it("carries the absorbed member's chosen language to a survivor that chose none", async () => {
    const a: PlatformUser = { platform: 'discord', platformUserId: '7007' };
    const b: PlatformUser = { platform: 'telegram', platformUserId: '8008' };
    const wallet = Wallet.createRandom();
    await linkAndVerify(a, wallet);
    await linkAndVerify(b, wallet);
    const from = await resolve(b);
    await core.languages.setMemberLanguage(from, 'ru');
    const { memberId } = await core.merges.confirm(from);
    expect(memberId).not.toBe(from);
    expect(await core.languages.memberLanguage(a)).toBe('ru');
    expect(await core.languages.memberLanguage(b)).toBe('ru');
  });

  it("refuses a pending appeal of an answer the merge withholds as a duplicate, so an uphold cannot pay twice", async () => {
    const a: PlatformUser = { platform: 'discord', platformUserId: '7107' };
    const b: PlatformUser = { platform: 'telegram', platformUserId: '8108' };
    const [survivor, absorbed] = [await resolve(a), await resolve(b)];
    const other = await member(core, 'dup-o1');
    const c = await activeCampaign(core, { items: 2 });
    // Task 0: the survivor answers cat first (paid), the absorbed account dog later (withheld),
    // another member cat. The merge keeps the earlier answer: the absorbed one is the duplicate.
    await answerTask(c, 0, survivor);
    await answerTask(c, 0, absorbed, 'dog');
    await answerTask(c, 0, other);
    const filed = await core.appeals.file(absorbed, (await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id`, [c]))[0].id, 'it is a dog');
    expect(filed.ok).toBe(true);
    const wallet = Wallet.createRandom();
    await linkAndVerify(a, wallet);
    await linkAndVerify(b, wallet);
    expect((await core.merges.confirm(absorbed)).duplicates).toBe(1);
    const [appeal] = await core.ds.query(`SELECT state, decided_by FROM appeal WHERE id = $1`, [filed.ok ? filed.appealId : 0]);
    expect(appeal).toEqual({ state: 'refused', decided_by: 'merge' });
  });

  it('lets one of two concurrent confirmations merge', async () => {
    const a: PlatformUser = { platform: 'discord', platformUserId: '3003' };
    const b: PlatformUser = { platform: 'telegram', platformUserId: '4004' };
    const wallet = Wallet.createRandom();
    await linkAndVerify(a, wallet);
    await linkAndVerify(b, wallet);
    const from = await resolve(b);
    const results = await Promise.allSettled([core.merges.confirm(from), core.merges.confirm(from)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'member.no_merge' } });
  });

  it('refuses a merge whose wallet moved since the offer, and a cancelled one', async () => {
    const a: PlatformUser = { platform: 'discord', platformUserId: '5005' };
    const b: PlatformUser = { platform: 'telegram', platformUserId: '6006' };
    const wallet = Wallet.createRandom();
    await linkAndVerify(a, wallet);
    await linkAndVerify(b, wallet);
    await core.wallets.unlink(await resolve(a));
    await expect(core.merges.confirm(await resolve(b))).rejects.toMatchObject({ code: 'member.merge_stale' });
    await core.merges.cancel(await resolve(b));
    await expect(core.merges.confirm(await resolve(b))).rejects.toMatchObject({ code: 'member.no_merge' });
  });
});
