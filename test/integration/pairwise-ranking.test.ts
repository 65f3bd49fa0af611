import { Readable } from 'node:stream';
import { selectDecidedPairCounts } from '../../core/campaigns/campaign-report.statements';
import { file } from '../helpers/fixtures';
import { createTestCore, engine, type TestCore } from '../helpers/test-core';

const row = (id: string, models?: [unknown, unknown]) =>
  JSON.stringify({ id, prompt: `Prompt ${id}`, a: `first ${id}`, b: `second ${id}`, ...(models ? { model_a: models[0], model_b: models[1] } : {}) });

/** The pairwise ranking's comparisons counted in SQL by model pair and consensus (issue 16). */
describe(`pairwise ranking cells on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore();
  });
  afterAll(async () => {
    await core.cleanup();
  });

  it('counts decided regular tasks by trimmed model names, as pairModels reads them', async () => {
    const c = await core.campaigns.create(
      { name: 'Ranking cells', kind: 'pairwise', question: 'Which is better?', reward: '10', budget: '100000', answersPerTask: 1, maxAnswersPerTask: 1, consensusMode: 'majority', minEvidence: 0, minThinkMs: 0 },
      null,
    );
    const items = [
      row('padded', [' strong ', 'weak']),
      row('nbsp', ['strong', 'weak\u00a0\u2003']),
      row('reversed', ['weak', 'strong']),
      row('tie', ['strong', 'weak']),
      row('same-after-trim', ['same', ' same ']),
      row('blank', ['   ', 'weak']),
      row('unnamed'),
      row('gold', ['strong', 'weak']),
      row('open', ['strong', 'weak']),
      row('number', ['strong', 'weak']),
    ];
    await core.campaigns.importItems(c.id, Readable.from([file(...items)]), 'jsonl');
    const decide = (key: string, label: string) =>
      core.ds.query(`UPDATE task SET status = 'final', consensus_label = $3 WHERE campaign_id = $1 AND item_key = $2`, [c.id, key, label]);
    for (const key of ['padded', 'nbsp', 'same-after-trim', 'blank', 'unnamed', 'gold', 'number']) await decide(key, 'a');
    await decide('reversed', 'b');
    await decide('tie', 'tie');
    await core.ds.query(`UPDATE task SET gold_label = 'a' WHERE campaign_id = $1 AND item_key = 'gold'`, [c.id]);
    // The import refuses a name that is not text; one stored before that rule must still stay out.
    await core.ds.query(`UPDATE task SET payload = jsonb_set(payload, '{model_b}', '7') WHERE campaign_id = $1 AND item_key = 'number'`, [c.id]);

    expect(await selectDecidedPairCounts(core.ds, c.id)).toEqual([
      { model_a: 'strong', model_b: 'weak', consensus_label: 'a', n: 2 },
      { model_a: 'strong', model_b: 'weak', consensus_label: 'tie', n: 1 },
      { model_a: 'weak', model_b: 'strong', consensus_label: 'b', n: 1 },
    ]);
    const report = await core.reports.pairwise(c.id);
    expect(report!.rankedPairs).toBe(4);
    expect(report!.ranking.map((r) => [r.model, r.pairs])).toEqual([
      ['strong', 4],
      ['weak', 4],
    ]);
  });
});
