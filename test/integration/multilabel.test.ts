import { Readable } from 'node:stream';
import { ONE_TNET } from '../../core';
import { domainError } from '../helpers/fixtures';
import { submitServed } from '../helpers/serve';
import { createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { problemTexts } from '../helpers/problems';

const LABELS = ['cat', 'dog', 'bird', 'fish'];

/** A multilabel campaign over named items; gold sets are written as an import of them would store them. */
async function tagCampaign(core: TestCore, keys: string[], def: Record<string, unknown> = {}, gold: Record<string, string> = {}): Promise<number> {
  const c = await core.campaigns.create(
    { name: 'Tags', kind: 'multilabel', question: 'Which animals are in the picture?', options: LABELS, reward: '10', budget: '100000', answersPerTask: 3, maxAnswersPerTask: 3, consensusMode: 'majority', minEvidence: 0, minThinkMs: 0, ...def },
    null,
  );
  const lines = ['id,text', ...keys.map((k) => `${k},picture ${k}`)];
  await core.campaigns.importItems(c.id, Readable.from([lines.join('\n') + '\n']), 'csv');
  for (const [key, set] of Object.entries(gold)) await core.ds.query(`UPDATE task SET gold_label = $3 WHERE campaign_id = $1 AND item_key = $2`, [c.id, key, set]);
  await core.campaigns.transition(c.id, 'activate');
  return c.id;
}

/** Multi-label campaigns (issue 16): label sets admitted canonically, decided per label, paid by agreement. */
describe(`multilabel campaigns on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore();
  });
  afterAll(async () => {
    await core.cleanup();
  });

  const taskOf = async (campaignId: number, key: string): Promise<number> =>
    (await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND item_key = $2`, [campaignId, key]))[0].id;
  const ledger = async (taskId: number): Promise<[number, string, string][]> =>
    (await core.ds.query(`SELECT member_id, amount::text AS amount, rule FROM reward_ledger WHERE task_id = $1 ORDER BY id`, [taskId])).map(
      (r: { member_id: number; amount: string; rule: string }) => [r.member_id, r.amount, r.rule],
    );

  it('refuses a multilabel definition without labels, or with a baseline model', async () => {
    const e = await domainError(
      core.campaigns.create({ name: 'x', kind: 'multilabel', question: 'q', reward: '1', budget: '10', baselineModel: 'sentiment' }, null),
      'campaign.invalid_definition',
    );
    expect(problemTexts(e.details.problems)).toEqual(['options: a multilabel campaign needs at least 2 labels to tick', 'baselineModel: a multilabel campaign takes no baseline model']);
  });

  it('admits a canonical set, the empty set, and refuses anything else without writing it', async () => {
    const c = await tagCampaign(core, ['a1', 'a2'], { answersPerTask: 5, maxAnswersPerTask: 5 });
    const t = await taskOf(c, 'a1');
    const [m1, m2, m3] = await Promise.all(['ml-adm1', 'ml-adm2', 'ml-adm3'].map((n) => member(core, n)));
    expect(await submitServed(core, { memberId: m1!, taskId: t, choice: 'cat|fish' })).toMatchObject({ outcome: 'accepted', answer: { choice: 'cat|fish' } });
    expect(await submitServed(core, { memberId: m2!, taskId: t, choice: '' })).toMatchObject({ outcome: 'accepted', answer: { choice: '' } });
    for (const forged of ['fish|cat', 'cat|cat', 'cat|cow', 'cat|', 'cow']) {
      await domainError(submitServed(core, { memberId: m3!, taskId: t, choice: forged }), 'answer.invalid_option');
    }
    const [{ n }] = await core.ds.query(`SELECT count(*)::int AS n FROM answer WHERE task_id = $1`, [t]);
    expect(n).toBe(2);
  });

  it('decides a task label by label at its overlap and pays the answers that agree on enough labels', async () => {
    const c = await tagCampaign(core, ['m1']);
    const t = await taskOf(c, 'm1');
    const [a, b, d] = await Promise.all(['ml-maj1', 'ml-maj2', 'ml-maj3'].map((n) => member(core, n)));
    await submitServed(core, { memberId: a!, taskId: t, choice: 'cat|dog' });
    await submitServed(core, { memberId: b!, taskId: t, choice: 'cat' });
    const third = await submitServed(core, { memberId: d!, taskId: t, choice: 'dog|bird' });
    // Per label: cat 2/3, dog 2/3, bird 1/3, fish 0/3.
    expect(third).toMatchObject({ outcome: 'accepted', task: { status: 'final', consensusLabel: 'cat|dog' } });
    const [row] = await core.ds.query(`SELECT consensus_confidence, label_presence FROM task WHERE id = $1`, [t]);
    expect(row.consensus_confidence).toBeCloseTo(2 / 3);
    expect(row.label_presence.map((p: number) => Math.round(p * 3))).toEqual([2, 2, 1, 0]);
    const ten = (10n * ONE_TNET).toString();
    // a: exact; b: 3 of 4 labels agree (75 %); d: 2 of 4.
    expect(await ledger(t)).toEqual([
      [a, ten, 'majority.match'],
      [b, ten, 'majority.match'],
      [d, '0', 'majority.mismatch'],
    ]);
  });

  it('fits every label in the scoring round, stores a confusion row per label, and decides by posterior', async () => {
    const keys = Array.from({ length: 12 }, (_, i) => `d${i}`);
    const c = await tagCampaign(core, keys, { consensusMode: 'dawid_skene', answersPerTask: 3, maxAnswersPerTask: 4, targetConfidence: 0.8 });
    const members = await Promise.all(['ml-ds1', 'ml-ds2', 'ml-ds3', 'ml-ds4'].map((n) => member(core, n)));
    // Items alternate between {cat} and {dog, fish}; three careful members tick the truth,
    // the fourth always ticks bird only.
    for (const [i, key] of keys.entries()) {
      const truth = i % 2 === 0 ? 'cat' : 'dog|fish';
      const t = await taskOf(c, key);
      // The birder answers first, so every task holds their answer.
      for (const [w, m] of [...members.entries()].reverse()) {
        const r = await submitServed(core, { memberId: m, taskId: t, choice: w < 3 ? truth : 'bird' });
        if (r.outcome !== 'accepted' && !(r.outcome === 'rejected' && r.error.code === 'answer.task_closed')) throw new Error(`answer ${r.outcome}`);
      }
    }
    const summary = await core.rounds.refit(c);
    expect(summary).toMatchObject({ tasks: 12, members: 4 });
    const tasks = await core.ds.query(`SELECT item_key, status, consensus_label FROM task WHERE campaign_id = $1 ORDER BY id`, [c]);
    for (const [i, t] of tasks.entries()) expect([t.status, t.consensus_label]).toEqual(['final', i % 2 === 0 ? 'cat' : 'dog|fish']);
    const skills = await core.ds.query(`SELECT member_id, accuracy, confusion FROM member_skill WHERE campaign_id = $1 ORDER BY member_id`, [c]);
    expect(skills).toHaveLength(4);
    for (const s of skills) {
      expect(s.confusion).toHaveLength(LABELS.length);
      expect(s.confusion[0]).toHaveLength(4);
    }
    const careful = skills.filter((s: { member_id: number }) => s.member_id !== members[3]);
    const birder = skills.find((s: { member_id: number }) => s.member_id === members[3]);
    for (const s of careful) expect(s.accuracy).toBeGreaterThan(birder.accuracy);
    const [model] = await core.ds.query(`SELECT priors FROM campaign_model WHERE campaign_id = $1`, [c]);
    expect(model.priors).toHaveLength(LABELS.length);
  });

  it('judges a gold set at settlement by the same agreement rule', async () => {
    const c = await tagCampaign(core, ['g1', 'r1'], {}, { g1: 'cat|bird' });
    const g = await taskOf(c, 'g1');
    const r = await taskOf(c, 'r1');
    const [a, b, d] = await Promise.all(['ml-g1', 'ml-g2', 'ml-g3'].map((n) => member(core, n)));
    await submitServed(core, { memberId: a!, taskId: g, choice: 'cat|bird' });
    await submitServed(core, { memberId: b!, taskId: g, choice: 'cat' });
    await submitServed(core, { memberId: d!, taskId: g, choice: 'fish' });
    for (const m of [a!, b!, d!]) await submitServed(core, { memberId: m, taskId: r, choice: 'dog' });
    // Gold answers wait for the settlement (gold stays secret).
    expect(await ledger(g)).toEqual([]);
    const summary = await core.rounds.refit(c);
    expect(summary.settled).toBe(true);
    const ten = (10n * ONE_TNET).toString();
    expect(await ledger(g)).toEqual([
      [a, ten, 'gold.match'],
      [b, ten, 'gold.match'],
      [d, '0', 'gold.mismatch'],
    ]);
  });
});
