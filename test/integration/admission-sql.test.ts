import { admit, type Admission, type AdmissionRule, type SubmitFacts } from '../../core/answers/admission';
import { recordAnswer, recordAnswers, submitFacts, type RecordRow, type RecordSubmit } from '../../core/answers/answer.statements';
import { activeCampaign, createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { serve } from '../helpers/serve';

/**
 * The record statement enforces the admission rules (issue 15): both its forms (the batch
 * and the one-row form) write an answer exactly when `admit` admits the submit's facts, and
 * when they write nothing, the facts they read name the same rule.
 */
describe(`the record statement against admit on ${engine}`, () => {
  let core: TestCore;
  let n = 0;
  beforeAll(async () => {
    core = await createTestCore();
  });
  afterAll(async () => {
    await core.cleanup();
  });

  const base: SubmitFacts = {
    taskExists: true,
    banned: false,
    answered: false,
    served: true,
    authored: false,
    validOption: true,
    campaignStatus: 'active',
    taskStatus: 'open',
    gold: false,
    answerCount: 1,
    maxAnswersPerTask: 5,
    recentAnswers: 0,
    answersPerMinute: 2,
  };

  /** Makes the facts true in the database; returns the submit that meets them. */
  async function arrange(f: SubmitFacts): Promise<RecordSubmit> {
    const campaignId = await activeCampaign(core, { items: 3, def: { answersPerTask: 3, maxAnswersPerTask: f.maxAnswersPerTask } });
    const tasks: number[] = (await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id`, [campaignId])).map((r: { id: number }) => r.id);
    const [taskId, ...others] = tasks as [number, ...number[]];
    const memberId = f.banned === null ? 2_000_000_000 : await member(core, `admission-${++n}`);
    if (f.banned) await core.ds.query(`UPDATE member SET banned_at = now() WHERE id = $1`, [memberId]);
    if (f.served && f.banned !== null) await serve(core, memberId, taskId);
    if (f.answered) await core.ds.query(`INSERT INTO answer (task_id, member_id, campaign_id, choice) VALUES ($1, $2, $3, 'dog')`, [taskId, memberId, campaignId]);
    for (const other of others.slice(0, f.recentAnswers))
      await core.ds.query(`INSERT INTO answer (task_id, member_id, campaign_id, choice) VALUES ($1, $2, $3, 'dog')`, [other, memberId, campaignId]);
    await core.ds.query(`UPDATE task SET answer_count = $2, status = $3, gold_label = $4 WHERE id = $1`, [taskId, f.answerCount, f.taskStatus, f.gold ? 'cat' : null]);
    if (f.authored) await core.ds.query(`UPDATE task SET author_id = $2 WHERE id = $1`, [taskId, memberId]);
    if (f.campaignStatus !== 'active') await core.ds.query(`UPDATE campaign SET status = $2 WHERE id = $1`, [campaignId, f.campaignStatus]);
    return { taskId: f.taskExists ? taskId : 2_000_000_000, memberId, choice: f.validOption ? 'cat' : 'zebra', at: new Date(), chatId: null, messageId: null, swappedMember: false, swappedCard: null };
  }

  const answersOf = async (s: RecordSubmit): Promise<number> =>
    (await core.ds.query(`SELECT count(*)::int AS n FROM answer WHERE task_id = $1 AND member_id = $2 AND choice = $3`, [s.taskId, s.memberId, s.choice]))[0].n;

  const cases: [string, Partial<SubmitFacts>][] = [
    ['a served first answer with room', {}],
    ['an unknown task', { taskExists: false }],
    ['a second answer', { answered: true }],
    ['an unknown member', { banned: null, served: false }],
    ['a task never served', { served: false }],
    ["a check of the member's own contribution", { authored: true }],
    ['an option the campaign lacks', { validOption: false }],
    ['a banned member', { banned: true }],
    ['a paused campaign', { campaignStatus: 'paused' }],
    ['a closed campaign', { campaignStatus: 'closed' }],
    ['a decided task', { taskStatus: 'final' }],
    ['a task closed uncertain', { taskStatus: 'final_uncertain' }],
    ['a full task', { answerCount: 5 }],
    ['a gold task past the maximum', { gold: true, answerCount: 7 }],
    ['an answer over the per-minute limit', { recentAnswers: 2 }],
    ['the last answer under the limit', { recentAnswers: 1 }],
    ['no limit', { recentAnswers: 2, answersPerMinute: 0 }],
  ];

  const forms: [string, (s: RecordSubmit, limit: number) => Promise<RecordRow>][] = [
    ['batch form', async (s, limit) => (await recordAnswers(core.ds, [s], limit))[0]!],
    ['one-row form', (s, limit) => recordAnswer(core.ds, s, limit)],
  ];

  describe.each(forms)('%s', (_, record) => {
    it.each(cases)('decides %s as admit does', async (_, change) => {
      const facts = { ...base, ...change };
      const expected = admit(facts);
      const submit = await arrange(facts);
      const before = await answersOf(submit);
      const row = await record(submit, facts.answersPerMinute);
      expect(row.id !== null).toBe(expected.admitted);
      expect((await answersOf(submit)) - before).toBe(expected.admitted ? 1 : 0);
      const read: Admission = row.id === null ? admit(submitFacts(row, facts.answersPerMinute)) : { admitted: true };
      const rule = (a: Admission): AdmissionRule | null => (a.admitted ? null : a.rule);
      expect(rule(read)).toBe(rule(expected));
    });
  });
});
