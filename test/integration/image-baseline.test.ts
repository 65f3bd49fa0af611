/**
 * @jest-environment ./test/helpers/onnx-environment.js
 */
import { createServer, type Server } from 'node:net';
import { Readable } from 'node:stream';
import { SHAPES_MODEL_MANIFEST, seedShapesDemo, shapesCampaign } from '../../core/demo/seed-demo';
import { renderShape } from '../../core/demo/render-shape';
import { loadModelManifest } from '../../core/models/model-manifest';
import { createTestCore, engine, type TestCore } from '../helpers/test-core';

/** The ONNX image baseline on image campaigns (issue 16): stored uploads, and URLs fetched only from public addresses. */
describe(`the image baseline on ${engine}`, () => {
  let core: TestCore;
  let server: Server;
  let connections = 0;
  let port = 0;
  beforeAll(async () => {
    core = await createTestCore();
    server = createServer((socket) => {
      connections += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await core.cleanup();
    await new Promise((resolve) => server.close(resolve));
  });

  it('seeds the shapes demo: pictures in the media store, the shipped model voting on each', async () => {
    const id = await seedShapesDemo(core.campaigns, core.media, core.baselines);
    expect((await core.baselines.model(id)).name).toBe('shapes-linear-v1');
    const tasks: { payload: { image: string }; baseline_label: string | null; gold_label: string | null }[] = await core.ds.query(
      `SELECT payload, baseline_label, gold_label FROM task WHERE campaign_id = $1 ORDER BY id`,
      [id],
    );
    expect(tasks).toHaveLength(24);
    expect(tasks.every((t) => /^[0-9a-f]{64}\.(png|jpg)$/.test(t.payload.image))).toBe(true);
    expect(tasks.every((t) => t.baseline_label !== null)).toBe(true);
    // The gold items' labels are what was drawn: the model reads the stored pictures right.
    const gold = tasks.filter((t) => t.gold_label !== null);
    expect(gold.length).toBe(3);
    expect(gold.filter((t) => t.baseline_label === t.gold_label).length).toBeGreaterThanOrEqual(2);
    expect((await core.campaigns.get(id)).status).toBe('active');
  });

  it('refuses image URLs to loopback and private addresses without connecting, and server paths, and records why', async () => {
    const c = await core.campaigns.create({ ...shapesCampaign, name: 'URL shapes' }, null);
    const good = await core.media.storeImage(await renderShape('circle', 7));
    const rows = [
      { id: 'loop', image: `https://127.0.0.1:${port}/a.png` },
      { id: 'local', image: `https://localhost:${port}/b.png` },
      { id: 'private', image: 'https://10.1.2.3/c.png' },
      { id: 'metadata', image: 'https://169.254.169.254/latest/meta-data/' },
      { id: 'plain-http', image: `http://127.0.0.1:${port}/d.png` },
      { id: 'server-file', image: '/etc/hostname' },
      { id: 'stored', image: good.ref },
    ];
    await core.campaigns.importItems(c.id, Readable.from([rows.map((r) => JSON.stringify(r)).join('\n') + '\n']), 'jsonl');
    await core.baselines.register(c.id, loadModelManifest(SHAPES_MODEL_MANIFEST));
    const run = await core.baselines.predictCampaign(c.id);
    expect(run).toMatchObject({ predicted: 1, failed: 6 });
    const failures: { item_key: string; reason: string }[] = await core.ds.query(
      `SELECT t.item_key, f.reason FROM baseline_failure f JOIN task t ON t.id = f.task_id WHERE t.campaign_id = $1 ORDER BY t.id`,
      [c.id],
    );
    expect(failures.map((f) => f.item_key)).toEqual(['loop', 'local', 'private', 'metadata', 'plain-http', 'server-file']);
    // A path in an item is not read: the shipped model names no imageDir.
    expect(failures.find((f) => f.item_key === 'server-file')!.reason).toMatch(/names no imageDir/);
    for (const f of failures) expect(f.reason).toMatch(/^image: /);
    expect(failures.find((f) => f.item_key === 'loop')!.reason).toMatch(/loopback|private|not public|refused/i);
    expect(connections).toBe(0);
  });
});
