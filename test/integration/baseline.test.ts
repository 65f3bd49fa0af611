/**
 * @jest-environment ./test/helpers/onnx-environment.js
 */
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { createLogger, loadModelManifest } from '../../core';
import { DEMO_MODEL_MANIFEST, demoCampaign, seedDemo } from '../../core/demo/seed-demo';
import { checkSentence } from '../../core/models/inference-check.service';
import { baselineJob } from '../../jobs/baseline.job';
import { demoReviews } from '../../models/sentiment-model';
import { domainError, file, textStream } from '../helpers/fixtures';
import { linearModelBytes, modelDir } from '../helpers/onnx-models';
import { createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { submitServed } from '../helpers/serve';

const SENTIMENT = () => loadModelManifest(DEMO_MODEL_MANIFEST);
const csvQuote = (s: string) => `"${s.replace(/"/g, '""')}"`;

describe(`ONNX baselines on ${engine}`, () => {
  let core: TestCore;
  const lines: Record<string, unknown>[] = [];
  const files = modelDir();
  beforeAll(async () => {
    const logger = createLogger({ level: 'info', write: (l) => lines.push(JSON.parse(l)) });
    core = await createTestCore({ MODEL_DEVICE: 'auto' }, { logger });
  });
  afterAll(async () => {
    await core.cleanup();
    files.remove();
  });

  /** A draft sentiment campaign whose items are the demo reviews (gold where the demo has it). */
  async function reviewCampaign(reviews = demoReviews()): Promise<number> {
    const c = await core.campaigns.create({ ...demoCampaign, name: 'Reviews' }, null);
    const rows = reviews.map((r, i) => `${r.id},${csvQuote(r.text)},${i < 3 ? r.label : ''}`);
    await core.campaigns.importItems(c.id, textStream(file('id,text,gold', ...rows)), 'csv');
    return c.id;
  }

  async function predictions(campaignId: number): Promise<{ item_key: string; baseline_label: string | null; baseline_confidence: number | null }[]> {
    return core.ds.query(`SELECT item_key, baseline_label, baseline_confidence FROM task WHERE campaign_id = $1 ORDER BY id`, [campaignId]);
  }

  async function storedModels(campaignId: number): Promise<{ models: number; baselineModel: string | null }> {
    const [{ n }] = await core.ds.query(`SELECT count(*)::int AS n FROM onnx_model WHERE campaign_id = $1`, [campaignId]);
    const [c] = await core.ds.query(`SELECT baseline_model FROM campaign WHERE id = $1`, [campaignId]);
    return { models: n, baselineModel: c.baseline_model };
  }

  describe('registration', () => {
    it('registers the shipped model and logs the one provider it runs on', async () => {
      const c = await reviewCampaign();
      const m = await core.baselines.register(c, SENTIMENT());
      expect(m).toMatchObject({ campaignId: c, name: 'sentiment-linear-v1', spec: { inputKind: 'text', classes: ['positive', 'negative', 'neutral'] } });
      expect(m.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(await storedModels(c)).toEqual({ models: 1, baselineModel: 'sentiment-linear-v1' });
      const loaded = lines.filter((l) => l.msg === 'baseline model loaded' && l.modelId === m.id);
      expect(loaded).toHaveLength(1);
      expect(['cuda', 'cpu']).toContain(loaded[0].provider);
      // auto on a host without CUDA says why it fell back, in the same line.
      if (loaded[0].provider === 'cpu') expect(loaded[0].cuda).toMatch(/^unavailable: /);
    });

    it('refuses a corrupt file at registration and stores nothing', async () => {
      const c = await reviewCampaign();
      const e = await domainError(core.baselines.register(c, { ...SENTIMENT(), path: files.file('random.onnx', randomBytes(4096)) }), 'model.invalid_file');
      expect(e.details.reason).toMatch(/protobuf|load|model/i);
      expect(await storedModels(c)).toEqual({ models: 0, baselineModel: null });
    });

    it('refuses a missing or empty file', async () => {
      const c = await reviewCampaign();
      const missing = await domainError(core.baselines.register(c, { ...SENTIMENT(), path: files.dir + '/nope.onnx' }), 'model.invalid_file');
      expect(missing.details.reason).toContain('ENOENT');
      await domainError(core.baselines.register(c, { ...SENTIMENT(), path: files.file('empty.onnx', '') }), 'model.invalid_file');
      expect(await storedModels(c)).toEqual({ models: 0, baselineModel: null });
    });

    it('refuses a model whose outputs do not match the number of classes', async () => {
      const c = await reviewCampaign();
      const twoClasses = files.file('two-classes.onnx', linearModelBytes({ inputShape: [2048], classes: 2 }));
      const e = await domainError(core.baselines.register(c, { ...SENTIMENT(), path: twoClasses }), 'model.shape_mismatch');
      expect(e.details.expected).toContain('3');
      expect(e.details.actual).toContain('2');
      expect(await storedModels(c)).toEqual({ models: 0, baselineModel: null });
    });

    it('refuses a text model whose input width is not the configured dimension', async () => {
      const c = await reviewCampaign();
      const e = await domainError(core.baselines.register(c, { ...SENTIMENT(), config: { dimension: 1024, ngrams: 2 } }), 'model.shape_mismatch');
      expect(e.details).toMatchObject({ expected: expect.stringContaining('1024'), actual: expect.stringContaining('2048') });
      const image = await domainError(core.baselines.register(c, { ...SENTIMENT(), inputKind: 'image', config: {} }), 'model.shape_mismatch');
      expect(image.details.expected).toContain('rank 4');
      expect(await storedModels(c)).toEqual({ models: 0, baselineModel: null });
    });

    it('refuses classes that are not the campaign options and settings it does not know', async () => {
      const c = await reviewCampaign();
      const e = await domainError(core.baselines.register(c, { ...SENTIMENT(), classes: ['positive', 'negative', 'angry'], config: { dimension: 2048, colour: 'red' } }), 'model.invalid_config');
      expect(e.details.problems.join('\n')).toMatch(/angry is not an option/);
      expect(e.details.problems.join('\n')).toMatch(/colour/);
      await domainError(core.baselines.register(999999, SENTIMENT()), 'campaign.not_found');
      expect(await storedModels(c)).toEqual({ models: 0, baselineModel: null });
    });

    it('with MODEL_DEVICE=cuda, runs on cuda or refuses with model.device_unavailable', async () => {
      const cuda = await createTestCore({ MODEL_DEVICE: 'cuda' });
      try {
        const c = (await cuda.campaigns.create({ ...demoCampaign }, null)).id;
        const r = await cuda.baselines.register(c, SENTIMENT()).then(
          () => 'registered',
          (e) => e,
        );
        if (r !== 'registered') {
          expect(r.code).toBe('model.device_unavailable');
          const [{ n }] = await cuda.ds.query(`SELECT count(*)::int AS n FROM onnx_model`);
          expect(n).toBe(0);
        }
      } finally {
        await cuda.cleanup();
      }
    });
  });

  describe('inference', () => {
    it('predicts every task of a campaign and stores label and probability', async () => {
      const reviews = demoReviews();
      const c = await reviewCampaign(reviews);
      await core.baselines.register(c, SENTIMENT());
      const run = await core.baselines.predictCampaign(c, { batchSize: 10 });
      expect(run).toMatchObject({ campaignId: c, predicted: reviews.length, failed: 0, batches: 3 });
      const rows = await predictions(c);
      expect(rows).toHaveLength(reviews.length);
      const byKey = new Map(reviews.map((r) => [r.id, r.label]));
      const right = rows.filter((r) => r.baseline_label === byKey.get(r.item_key)).length;
      expect(right / rows.length).toBeGreaterThanOrEqual(0.9);
      for (const r of rows) {
        expect(r.baseline_confidence).toBeGreaterThan(1 / 3);
        expect(r.baseline_confidence).toBeLessThanOrEqual(1);
      }
      // Nothing is left: a second pass does no work.
      expect(await core.baselines.predictCampaign(c)).toMatchObject({ predicted: 0, batches: 0 });
    });

    it('gives the same predictions in batches of 1, 7 and 256', async () => {
      const results: { item_key: string; baseline_label: string | null; baseline_confidence: number | null }[][] = [];
      for (const batchSize of [1, 7, 256]) {
        const c = await reviewCampaign();
        await core.baselines.register(c, SENTIMENT());
        await core.baselines.predictCampaign(c, { batchSize });
        results.push(await predictions(c));
      }
      for (const other of results.slice(1)) {
        expect(other.map((r) => r.baseline_label)).toEqual(results[0].map((r) => r.baseline_label));
        other.forEach((r, i) => expect(r.baseline_confidence).toBeCloseTo(results[0][i].baseline_confidence!, 6));
      }
    });

    it('the job predicts tasks imported after registration, campaign by campaign', async () => {
      const c = await reviewCampaign(demoReviews().slice(0, 4));
      await core.baselines.register(c, SENTIMENT());
      await core.baselines.predictCampaign(c);
      await core.campaigns.importItems(c, textStream(file('id,text', 'late1,"It broke after one day, terrible."', 'late2,"Wonderful, I love it."')), 'csv');
      const detail = await baselineJob.run(core);
      expect(detail).toContain(`campaign ${c}: predicted 2, failed 0`);
      const late = (await predictions(c)).filter((r) => r.item_key.startsWith('late'));
      expect(late.map((r) => r.baseline_label)).toEqual(['negative', 'positive']);
    });

    it('replacing a model clears the old predictions for the new one to compute', async () => {
      const c = await reviewCampaign(demoReviews().slice(0, 3));
      await core.baselines.register(c, SENTIMENT());
      await core.baselines.predictCampaign(c);
      // A model that always says "neutral": zero weights, bias on the third class.
      const neutral = files.file('neutral.onnx', linearModelBytes({ inputShape: [2048], classes: 3, bias: Float32Array.from([0, 0, 5]) }));
      const m = await core.baselines.register(c, { ...SENTIMENT(), name: 'always-neutral', path: neutral });
      expect((await predictions(c)).every((r) => r.baseline_label === null)).toBe(true);
      expect(await storedModels(c)).toEqual({ models: 1, baselineModel: 'always-neutral' });
      await core.baselines.predictCampaign(c);
      expect((await predictions(c)).map((r) => r.baseline_label)).toEqual(['neutral', 'neutral', 'neutral']);
      expect((await core.baselines.model(c)).id).toBe(m.id);
    });

    it('reads feature vectors and records tasks it cannot read instead of offering them again', async () => {
      const c = (await core.campaigns.create({ ...demoCampaign, name: 'Features', options: ['low', 'high'] }, null)).id;
      const items = [
        { id: 'a', features: [3, 0, 0] },
        { id: 'b', features: [0, 0, 3] },
        { id: 'c', features: [1, 2] },
        { id: 'd', note: 'no vector' },
        { id: 'e', features: [0.1, 0, 2] },
      ];
      await core.campaigns.importItems(c, textStream(items.map((i) => JSON.stringify(i)).join('\n') + '\n'), 'jsonl');
      // Class "high" weighs the last feature, "low" the first.
      const bytes = linearModelBytes({ inputShape: [3], classes: 2, weights: Float32Array.from([1, -1, 0, 0, -1, 1]) });
      await core.baselines.register(c, { path: files.file('features.onnx', bytes), classes: ['low', 'high'], inputKind: 'features' });
      expect(await core.baselines.predictCampaign(c, { batchSize: 2 })).toMatchObject({ predicted: 3, failed: 2 });
      expect((await predictions(c)).map((r) => r.baseline_label)).toEqual(['low', 'high', null, null, 'high']);
      const failures = await core.ds.query(`SELECT t.item_key, f.reason FROM baseline_failure f JOIN task t ON t.id = f.task_id WHERE t.campaign_id = $1 ORDER BY t.id`, [c]);
      expect(failures).toEqual([
        { item_key: 'c', reason: expect.stringContaining('vector of 3 numbers') },
        { item_key: 'd', reason: expect.stringContaining('vector of 3 numbers') },
      ]);
      expect(await core.baselines.predictCampaign(c)).toMatchObject({ predicted: 0, failed: 0, batches: 0 });
    });

    it('takes a model without softmax only when registered with output "logits", and turns its logits into probabilities', async () => {
      const c = (await core.campaigns.create({ ...demoCampaign, name: 'Logits', options: ['low', 'high'] }, null)).id;
      await core.campaigns.importItems(c, textStream(file('{"id":"a","features":[4,0]}', '{"id":"b","features":[0,1]}')), 'jsonl');
      const logits = files.file('logits.onnx', linearModelBytes({ inputShape: [2], classes: 2, weights: Float32Array.from([1, 0, 0, 1]), softmax: false }));
      const e = await domainError(core.baselines.register(c, { path: logits, classes: ['low', 'high'], inputKind: 'features' }), 'model.shape_mismatch');
      expect(e.details.expected).toContain('logits');
      expect(await storedModels(c)).toEqual({ models: 0, baselineModel: null });
      await core.baselines.register(c, { path: logits, classes: ['low', 'high'], inputKind: 'features', config: { output: 'logits' } });
      await core.baselines.predictCampaign(c);
      const rows = await predictions(c);
      expect(rows.map((r) => r.baseline_label)).toEqual(['low', 'high']);
      expect(rows[0].baseline_confidence).toBeCloseTo(Math.exp(4) / (Math.exp(4) + 1), 6);
      expect(rows[1].baseline_confidence).toBeCloseTo(Math.E / (Math.E + 1), 6);
    });

    it('decodes, resizes and normalises images from files and base64', async () => {
      const c = (await core.campaigns.create({ ...demoCampaign, name: 'Colours', options: ['red', 'blue'] }, null)).id;
      const png = (r: number, g: number, b: number, size: number) => sharp({ create: { width: size, height: size, channels: 3, background: { r, g, b } } }).png().toBuffer();
      files.file('red.png', await png(230, 20, 20, 40));
      const blue = (await png(10, 30, 220, 9)).toString('base64');
      const items = [
        { id: 'file-red', image: 'red.png' },
        { id: 'b64-blue', image: blue },
        { id: 'data-red', image: `data:image/png;base64,${(await png(200, 0, 0, 5)).toString('base64')}` },
        { id: 'broken', image: 'missing.png' },
        { id: 'escape', image: '../../etc/passwd' },
      ];
      await core.campaigns.importItems(c, textStream(items.map((i) => JSON.stringify(i)).join('\n') + '\n'), 'jsonl');
      // Input [batch, 3, 4, 4]; class red sums the red plane minus the blue one, blue the reverse.
      const w = new Float32Array(48 * 2);
      for (let p = 0; p < 16; p++) {
        w[p * 2] = 1; // red plane -> red
        w[(32 + p) * 2 + 1] = 1; // blue plane -> blue
      }
      const bytes = linearModelBytes({ inputShape: [3, 4, 4], classes: 2, weights: w });
      await core.baselines.register(c, {
        path: files.file('colour.onnx', bytes),
        classes: ['red', 'blue'],
        inputKind: 'image',
        config: { imageDir: files.dir, mean: [0.5, 0.5, 0.5], std: [0.25, 0.25, 0.25] },
      });
      expect(await core.baselines.predictCampaign(c)).toMatchObject({ predicted: 3, failed: 2 });
      const rows = await predictions(c);
      expect(rows.map((r) => r.baseline_label)).toEqual(['red', 'blue', 'red', null, null]);
      expect(rows[0].baseline_confidence).toBeGreaterThan(0.99);
      const reasons = await core.ds.query(`SELECT f.reason FROM baseline_failure f JOIN task t ON t.id = f.task_id WHERE t.campaign_id = $1 ORDER BY t.id`, [c]);
      expect(reasons.map((r: { reason: string }) => r.reason)).toEqual([expect.stringContaining('cannot read image file'), expect.stringContaining('leaves')]);
    });

    (engine === 'postgres' ? it : it.skip)('skips tasks another host holds and leaves them pending', async () => {
      const c = await reviewCampaign(demoReviews().slice(0, 6));
      await core.baselines.register(c, SENTIMENT());
      const other = core.ds.createQueryRunner();
      await other.startTransaction();
      try {
        await other.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id LIMIT 2 FOR UPDATE`, [c]);
        expect(await core.baselines.predictCampaign(c, { batchSize: 2 })).toMatchObject({ predicted: 4 });
      } finally {
        await other.rollbackTransaction();
        await other.release();
      }
      expect((await predictions(c)).map((r) => r.baseline_label === null)).toEqual([true, true, false, false, false, false]);
      expect(await core.baselines.predictCampaign(c)).toMatchObject({ predicted: 2 });
    });

    it('the seeded demo campaign comes with its baseline predictions', async () => {
      const fresh = await createTestCore();
      try {
        const id = await seedDemo(fresh.ds, fresh.campaigns, fresh.baselines);
        expect(id).toBeDefined();
        expect((await fresh.baselines.model(id!)).name).toBe('sentiment-linear-v1');
        const [{ n }] = await fresh.ds.query(`SELECT count(*)::int AS n FROM task WHERE campaign_id = $1 AND baseline_label IS NOT NULL`, [id]);
        expect(n).toBe(24);
      } finally {
        await fresh.cleanup();
      }
    });
  });

  describe('inference-check campaigns', () => {
    async function predicted(): Promise<number> {
      const c = await reviewCampaign(demoReviews().slice(0, 8));
      await core.baselines.register(c, SENTIMENT());
      await core.baselines.predictCampaign(c);
      return c;
    }

    it('generates a check task per prediction: "The model says X, 92%. Is it right?"', async () => {
      const source = await predicted();
      const r = await core.baselines.createCheckCampaign(source, { reward: '1', budget: '1000' });
      expect(r).toEqual({ campaignId: expect.any(Number), sourceCampaignId: source, tasks: 5 }); // 8 reviews, 3 of them gold
      const check = await core.campaigns.get(r.campaignId);
      expect(check).toMatchObject({ kind: 'check', status: 'draft', options: [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }, { id: 'unsure', label: 'Unsure' }] });
      const [src] = await core.ds.query(`SELECT id, item_key, payload, baseline_label, baseline_confidence FROM task WHERE campaign_id = $1 AND gold_label IS NULL ORDER BY id LIMIT 1`, [source]);
      const [task] = await core.ds.query(`SELECT item_key, payload FROM task WHERE campaign_id = $1 AND item_key = $2`, [r.campaignId, src.item_key]);
      const label = demoCampaign.options.find((o) => o.id === src.baseline_label)!.label;
      expect(task.payload).toEqual({
        text: `${src.payload.text}\n\n${checkSentence(label, src.baseline_confidence)}`,
        item: src.payload,
        model_label: src.baseline_label,
        model_label_text: label,
        model_probability: src.baseline_confidence,
        source_task_id: src.id,
      });
      expect(task.payload.text).toMatch(/The model says (Positive|Negative|Neutral), \d{1,3}%\. Is it right\?$/);
    });

    it('samples at most `limit` predictions and refuses a campaign without any', async () => {
      const source = await predicted();
      expect((await core.baselines.createCheckCampaign(source, { reward: '1', budget: '1000', limit: 2 })).tasks).toBe(2);
      const bare = await reviewCampaign(demoReviews().slice(0, 2));
      const before = await core.ds.query(`SELECT count(*)::int AS n FROM campaign`);
      await domainError(core.baselines.createCheckCampaign(bare, { reward: '1', budget: '1000' }), 'model.no_predictions');
      expect(await core.ds.query(`SELECT count(*)::int AS n FROM campaign`)).toEqual(before);
    });

    it("gives the model's verified accuracy from the check campaign's consensus", async () => {
      const source = await predicted();
      expect(await core.baselines.verifiedAccuracy(source)).toBeNull();
      const r = await core.baselines.createCheckCampaign(source, { reward: '1', budget: '1000', answersPerTask: 3, consensusMode: 'majority', activate: true });
      const tasks: { id: number }[] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id`, [r.campaignId]);
      expect(tasks).toHaveLength(5);
      const members = await Promise.all(['v1', 'v2', 'v3'].map((n) => member(core, `verify-${r.campaignId}-${n}`)));
      // Members agree: right, right, right, wrong; the last task gets no answers.
      const verdicts = ['yes', 'yes', 'yes', 'no'];
      for (const [i, choice] of verdicts.entries()) for (const m of members) await submitServed(core, { memberId: m, taskId: tasks[i].id, choice });
      const acc = await core.baselines.verifiedAccuracy(source);
      expect(acc).toEqual({
        accuracy: 0.75,
        decided: 4,
        checks: [{ checkCampaignId: r.campaignId, sourceCampaignId: source, modelName: 'sentiment-linear-v1', tasks: 5, yes: 3, no: 1, unsure: 0, uncertain: 0, open: 1, accuracy: 0.75 }],
      });
      // The same figure from the check campaign's side.
      expect(await core.baselines.verifiedAccuracy(r.campaignId)).toEqual(acc);
    });
  });
});
