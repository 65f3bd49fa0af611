/**
 * Baseline inference bench: items per second of the shipped sentiment model
 * (models/sentiment.onnx) over 20,000 generated review texts, at batch 1, 32 and 256,
 * through the code the service runs (hashing, tensor packing, onnxruntime). First on CPU,
 * then on CUDA when MODEL_DEVICE is cuda or auto and a CUDA provider loads (otherwise it
 * says why not). Then the whole service path at batch 32 and 256: tasks pulled from an
 * in-memory PGlite with SKIP LOCKED, predicted and written back, one transaction a batch.
 * Ends with one line of JSON (snake_case keys with units) for bench/RESULTS.md.
 *
 *   npm run bench:baseline
 *   MODEL_DEVICE=cuda npm run bench:baseline
 */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createCore, createLogger, DomainError, loadConfig, loadModelManifest, type ModelDevice } from '../core';
import { seededRandom } from '../core/consensus/seeded-random';
import { DEMO_MODEL_MANIFEST, demoCampaign } from '../core/demo/seed-demo';
import { encodeBatch, topClasses } from '../core/models/model-input';
import { parseModelRegistration } from '../core/models/model-spec';
import { checkModelSignature, openOnnxSession, runModel } from '../core/models/onnx-session';
import { createDataSource } from '../ormconfig';

const ITEMS = 20_000;
const BATCHES = [1, 32, 256] as const;
const summary: Record<string, number | string | boolean> = {};

/** Review-like sentences from fixed word lists: deterministic, 4..20 words each. */
function generateTexts(n: number): string[] {
  const r = seededRandom(4242);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)];
  const subjects = ['the battery', 'the screen', 'this charger', 'the app', 'the sound', 'delivery', 'the seller', 'the case', 'setup', 'the strap'];
  const good = ['works great', 'is excellent', 'exceeded my expectations', 'is fast and reliable', 'feels premium', 'is comfortable for hours'];
  const bad = ['stopped working', 'broke after a week', 'is terrible', 'keeps crashing', 'arrived damaged', 'drains in two hours'];
  const plain = ['is grey', 'comes in a box', 'is 20 centimetres long', 'ships from Poland', 'uses a USB C plug', 'is available in March'];
  const tails = ['', ' and I would buy again', ' and support never answered', ' as described', ', honestly', ' after the update'];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const kind = pick([good, bad, plain]);
    const parts = 1 + Math.floor(r() * 2);
    const s: string[] = [];
    for (let j = 0; j < parts; j++) s.push(`${pick(subjects)} ${pick(kind)}${pick(tails)}`);
    out.push(s.join('. ') + '.');
  }
  return out;
}

const texts = generateTexts(ITEMS);
const payloads = texts.map((text) => ({ text }));
const manifest = loadModelManifest(DEMO_MODEL_MANIFEST);
const { spec } = parseModelRegistration(manifest, demoCampaign.options.map((o) => o.id));
const bytes = readFileSync(manifest.path);

async function measure(device: ModelDevice): Promise<void> {
  const opened = await openOnnxSession(bytes, device, manifest.path);
  const tag = opened.provider;
  try {
    const sig = await checkModelSignature(opened.session, spec, manifest.path);
    console.log(`${tag}: ${ITEMS} texts, ${spec.classes.length} classes, input ${sig.inputDims.join('x')}`);
    let reference: string[] | undefined;
    for (const batch of BATCHES) {
      // Warm up: the first runs allocate arenas and pick kernels.
      for (let w = 0; w < 3; w++) {
        const enc = await encodeBatch(spec, sig, payloads.slice(0, batch));
        await runModel(opened.session, sig, spec, enc.data, batch);
      }
      const labels: string[] = [];
      const t0 = process.hrtime.bigint();
      for (let start = 0; start < ITEMS; start += batch) {
        const rows = payloads.slice(start, start + batch);
        const enc = await encodeBatch(spec, sig, rows);
        const probs = await runModel(opened.session, sig, spec, enc.data, rows.length);
        for (const t of topClasses(probs, rows.length, spec.classes)) labels.push(t.label);
      }
      const s = Number(process.hrtime.bigint() - t0) / 1e9;
      const rate = ITEMS / s;
      reference ??= labels;
      const same = labels.every((l, i) => l === reference![i]);
      console.log(`  batch ${String(batch).padStart(3)}: ${Math.round(rate).toLocaleString('en-US').padStart(9)} items/s  (${s.toFixed(2)} s${same ? '' : ', LABELS DIFFER from batch 1'})`);
      summary[`${tag}_items_per_s_batch_${batch}`] = Math.round(rate);
    }
    const counts = new Map<string, number>();
    for (const l of reference!) counts.set(l, (counts.get(l) ?? 0) + 1);
    console.log(`  labels: ${[...counts].map(([l, n]) => `${l} ${n}`).join(', ')}`);
  } finally {
    await opened.session.release();
  }
}

/** The service path: import the texts as tasks, register the model, predict them all. */
async function endToEnd(batchSizes: readonly number[]): Promise<void> {
  const core = await createCore(loadConfig({ MODEL_DEVICE: 'cpu', LOG_LEVEL: 'error' }), {
    logger: createLogger({ level: 'error', write: () => undefined }),
    ds: createDataSource({}),
  });
  try {
    console.log(`service path (cpu, in-memory PGlite): ${ITEMS} tasks, one transaction per batch`);
    for (const batchSize of batchSizes) {
      const c = await core.campaigns.create({ ...demoCampaign, name: `bench ${batchSize}` }, null);
      const lines = texts.map((t) => JSON.stringify({ text: t }));
      await core.campaigns.importItems(c.id, Readable.from([lines.join('\n') + '\n']), 'jsonl');
      await core.baselines.register(c.id, manifest);
      const t0 = process.hrtime.bigint();
      const run = await core.baselines.predictCampaign(c.id, { batchSize });
      const s = Number(process.hrtime.bigint() - t0) / 1e9;
      console.log(`  batch ${String(batchSize).padStart(3)}: ${Math.round(run.predicted / s).toLocaleString('en-US').padStart(9)} tasks/s  (${run.predicted} in ${s.toFixed(2)} s, ${run.batches} batches)`);
      summary[`service_pglite_tasks_per_s_batch_${batchSize}`] = Math.round(run.predicted / s);
    }
  } finally {
    await core.close();
  }
}

async function main(): Promise<void> {
  const device = loadConfig().modelDevice;
  await measure('cpu');
  if (device === 'cpu') {
    console.log('cuda: not tried (MODEL_DEVICE=cpu)');
    summary.cuda = 'not tried';
  } else {
    try {
      await measure('cuda');
      summary.cuda = 'available';
    } catch (e) {
      if (!(e instanceof DomainError) || e.code !== 'model.device_unavailable') throw e;
      const reason = (e.details as { reason: string }).reason;
      console.log(`cuda: unavailable (${reason})`);
      summary.cuda = `unavailable: ${reason}`;
    }
  }
  await endToEnd([32, 256]);
  console.log(JSON.stringify(summary));
}

void main();
