import { Readable } from 'node:stream';
import { ONE_TNET, type Actor } from '../../core';
import { domainError } from '../helpers/fixtures';
import { createTestCore, engine, member, testCommunity, type TestCore } from '../helpers/test-core';

/** Someone speaking in a Telegram group who moderates the groups in `admins`. */
const person = (place: string, admins: string[], memberId = 1): Actor => ({
  memberId,
  identity: `telegram:${memberId}`,
  platformAdmin: false,
  here: { platform: 'telegram', place },
  moderates: async (p) => admins.includes(p),
});

/**
 * A community's daily earning cap per member (issue 18): set by its moderators in its chat,
 * audited, and applied when answers are paid: a member's answers past the cap in a UTC day
 * are withheld as `cap.daily`, other members and other days unaffected.
 */
describe(`daily earning cap on ${engine}`, () => {
  let core: TestCore;
  let now = Date.UTC(2026, 5, 1, 10);
  beforeAll(async () => {
    core = await createTestCore({}, { clock: () => new Date(now) });
  });
  afterAll(async () => {
    await core.cleanup();
  });

  const campaignIn = async (communityId: number, items: number): Promise<number> => {
    const c = await core.campaigns.create(
      { name: 'Capped', kind: 'label', question: 'Cat or dog?', options: ['cat', 'dog'], reward: '10', budget: '1000', answersPerTask: 1, maxAnswersPerTask: 1, consensusMode: 'majority', minEvidence: 0 },
      null,
      { communityId },
    );
    const lines = ['id,text', ...Array.from({ length: items }, (_, i) => `i${i},picture ${i}`)];
    await core.campaigns.importItems(c.id, Readable.from([lines.join('\n') + '\n']), 'csv');
    await core.campaigns.transition(c.id, 'activate');
    return c.id;
  };
  const answer = async (memberId: number, campaignId: number) => {
    const next = await core.assignment.next(memberId, [campaignId]);
    if (!next.found) throw new Error('no task');
    now += 3000;
    const r = await core.answers.submit({ memberId, taskId: next.card.taskId, choice: 'cat' });
    if (r.outcome !== 'accepted') throw new Error(`answer ${r.outcome}`);
    return r.reward;
  };

  it('lets the community moderators set and lift it in their chat only, and audits it', async () => {
    const id = await testCommunity(core, 'telegram', '-300001');
    await domainError(core.moderation.setDailyCap(person('-300001', []), 20n * ONE_TNET), 'community.forbidden');
    // A moderator of another group, speaking in theirs, sets nothing here.
    await testCommunity(core, 'telegram', '-300002');
    const other = await core.moderation.setDailyCap(person('-300002', ['-300002']), 5n * ONE_TNET);
    expect(other.id).not.toBe(id);
    expect((await core.communities.get(id)).dailyCap).toBeNull();
    // In private there is no community to cap.
    await domainError(core.moderation.setDailyCap({ ...person('-300001', ['-300001']), here: { platform: 'telegram', place: null } }, ONE_TNET), 'community.forbidden');
    const set = await core.moderation.setDailyCap(person('-300001', ['-300001']), 20n * ONE_TNET);
    expect(set.dailyCap).toBe(20n * ONE_TNET);
    await domainError(core.moderation.setDailyCap(person('-300001', ['-300001']), 0n), 'community.invalid');
    const lifted = await core.moderation.setDailyCap(person('-300001', ['-300001']), null);
    expect(lifted.dailyCap).toBeNull();
    const audit = (await core.audit.list({ communityId: id })).filter((l) => l.action === 'community.daily_cap');
    expect(audit.map((l) => l.details)).toEqual([
      { previous_cap: 'none', cap: (20n * ONE_TNET).toString() },
      { previous_cap: (20n * ONE_TNET).toString(), cap: 'none' },
    ]);
  });

  it("withholds a member's answers past the cap as cap.daily, until the next UTC day", async () => {
    const id = await testCommunity(core, 'telegram', '-300003');
    await core.moderation.setDailyCap(person('-300003', ['-300003']), 20n * ONE_TNET);
    const c = await campaignIn(id, 10);
    const busy = await member(core, 'cap-busy');
    const other = await member(core, 'cap-other');
    const paid = [await answer(busy, c), await answer(busy, c), await answer(busy, c)];
    expect(paid.map((r) => [r?.rule, r?.amount])).toEqual([
      ['majority.match', 10n * ONE_TNET],
      ['majority.match', 10n * ONE_TNET],
      ['cap.daily', 0n],
    ]);
    // The cap is per member: another member is paid the same day.
    expect((await answer(other, c))?.amount).toBe(10n * ONE_TNET);
    // A new UTC day, a new allowance; what was withheld stays withheld (rows are never edited).
    now = Date.UTC(2026, 5, 2, 0, 0, 1);
    expect((await answer(busy, c))?.rule).toBe('majority.match');
    const rows: { rule: string; amount: string }[] = await core.ds.query(`SELECT rule, amount::text AS amount FROM reward_ledger WHERE member_id = $1 ORDER BY id`, [busy]);
    expect(rows.map((r) => r.rule)).toEqual(['majority.match', 'majority.match', 'cap.daily', 'majority.match']);
    const days: { day: string; earned: string }[] = await core.ds.query(`SELECT to_char(day, 'YYYY-MM-DD') AS day, earned::text AS earned FROM member_day_earning WHERE member_id = $1 ORDER BY day`, [busy]);
    expect(days).toEqual([
      { day: '2026-06-01', earned: (20n * ONE_TNET).toString() },
      { day: '2026-06-02', earned: (10n * ONE_TNET).toString() },
    ]);
    // The budget paid only what the ledger pays.
    const [{ spent }] = await core.ds.query(`SELECT spent::text AS spent FROM campaign_budget WHERE campaign_id = $1`, [c]);
    expect(BigInt(spent)).toBe(40n * ONE_TNET);
  });
});
