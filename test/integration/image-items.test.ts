import { existsSync, readdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { domainError } from '../helpers/fixtures';
import { DEFAULT_ZIP_LIMITS } from '../../core/media/zip-entry-rules';
import { buildZip, hugePng, solidImage } from '../helpers/media-fixtures';
import { createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { badRowTexts } from '../helpers/problems';

const definition = { name: 'Shapes', kind: 'label', question: 'Which shape?', options: ['circle', 'square'], reward: '1', budget: '100', answersPerTask: 1, minEvidence: 0 };

/** Image items (issue 16): a ZIP upload's images go through the media store, or its rows are named bad rows. */
describe(`image items from a ZIP upload on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore();
  });
  afterAll(async () => {
    await core.cleanup();
  });

  const importZip = async (zip: Buffer) => {
    const c = await core.campaigns.create(definition, null);
    return { campaignId: c.id, result: core.campaigns.importItems(c.id, Readable.from([zip]), 'zip') };
  };
  const stored = () => (existsSync(core.media.dir) ? readdirSync(core.media.dir).filter((f) => !f.startsWith('.')) : []);

  it('stores the images re-encoded, without EXIF, and cards show them; URLs stay as they are', async () => {
    const withExif = await sharp(await solidImage('jpeg', 80, 60)).withExif({ IFD0: { Copyright: 'secret-owner' } }).jpeg().toBuffer();
    expect((await sharp(withExif).metadata()).exif).toBeDefined();
    const zip = await buildZip([
      { name: 'items.csv', data: 'id,image,gold\n1,imgs/a.jpg,circle\n2,imgs/b.png,\n3,https://example.org/c.png,\n' },
      { name: 'imgs/a.jpg', data: withExif },
      { name: 'imgs/b.png', data: await solidImage('png', 50, 50, true) },
    ]);
    const { campaignId, result } = await importZip(zip);
    expect(await result).toEqual({ imported: 3, gold: 1 });
    const tasks: { item_key: string; payload: { image: string } }[] = await core.ds.query(`SELECT item_key, payload FROM task WHERE campaign_id = $1 ORDER BY item_key`, [campaignId]);
    expect(tasks[0]!.payload.image).toMatch(/^[0-9a-f]{64}\.jpg$/);
    expect(tasks[1]!.payload.image).toMatch(/^[0-9a-f]{64}\.png$/);
    expect(tasks[2]!.payload.image).toBe('https://example.org/c.png');
    const kept = await core.media.readImage(tasks[0]!.payload.image);
    expect((await sharp(kept).metadata()).exif).toBeUndefined();
    expect(kept.includes(Buffer.from('secret-owner'))).toBe(false);

    await core.campaigns.transition(campaignId, 'activate');
    const seen = new Set<string>();
    for (let i = 0; i < 2; i++) {
      const m = await member(core, `img-${i}`);
      const next = await core.assignment.next(m, [campaignId]);
      if (!next.found) throw new Error('no task');
      seen.add(JSON.stringify(next.card.image));
      await core.answers.submit({ memberId: m, taskId: next.card.taskId, choice: 'circle' });
    }
    const kinds = [...seen].map((s) => JSON.parse(s).kind);
    expect(kinds.every((k) => k === 'stored' || k === 'url')).toBe(true);
  });

  it.each([
    ['a zip-slip path', [{ name: 'xx/evil.png', unsafeName: '../evil.png' }], '../evil.png', /\.\./],
    ['a symlink', [{ name: 'link.png', mode: 0o120777, data: '/etc/passwd' }], 'link.png', /symbolic link|symlink/i],
    ['a 200-megapixel PNG', [{ name: 'huge.png', data: hugePng(20000, 10000) }], 'huge.png', /megapixel|pixels/i],
    ['a decompression bomb', [{ name: 'bomb.png', data: Buffer.alloc(30 * 1024 * 1024) }], 'bomb.png', /larger|ratio|MB|bytes/i],
  ])('refuses %s as the bad row that names it, and stores nothing of it', async (_, entries, named, reason) => {
    const before = stored().length;
    const zip = await buildZip([
      { name: 'items.csv', data: `id,image\n1,${named}\n` },
      ...entries.map((e) => ({ data: Buffer.from('x'), ...e }) as Parameters<typeof buildZip>[0][number]),
    ]);
    const { result } = await importZip(zip);
    const e = await domainError(result, 'campaign.import_invalid');
    expect(e.details.badRows).toHaveLength(1);
    expect(e.details.badRows[0]!.row).toBe(2);
    expect(badRowTexts(e.details.badRows)[0]!.reason).toMatch(reason);
    expect(stored().length).toBe(before);
  });

  it('refuses an archive that is not one, as a whole', async () => {
    const { result } = await importZip(Buffer.from('PK\u0003\u0004 not really a zip'));
    const e = await domainError(result, 'campaign.import_invalid');
    expect(badRowTexts(e.details.badRows)).toEqual([{ row: 0, reason: expect.stringMatching(/not a readable ZIP/) }]);
  });

  const shade = (c: string) => sharp({ create: { width: 40, height: 30, channels: 3, background: c } }).png().toBuffer();

  it('removes the images of an import refused for a bad row, but keeps one another campaign names', async () => {
    const shared = await shade('#0a0');
    const first = await importZip(await buildZip([{ name: 'items.csv', data: 'id,image\n1,shared.png\n' }, { name: 'shared.png', data: shared }]));
    expect(await first.result).toEqual({ imported: 1, gold: 0 });
    const [task]: { payload: { image: string } }[] = await core.ds.query(`SELECT payload FROM task WHERE campaign_id = $1`, [first.campaignId]);
    const before = stored();
    expect(before).toContain(task!.payload.image);

    const zip = await buildZip([
      // Row 3's gold is no option: the whole import is refused after rows 1 and 2 stored their images.
      { name: 'items.csv', data: 'id,image,gold\n1,shared.png,\n2,mine.png,\n3,other.png,triangle\n' },
      { name: 'shared.png', data: shared },
      { name: 'mine.png', data: await shade('#a00') },
      { name: 'other.png', data: await shade('#00a') },
    ]);
    const { result } = await importZip(zip);
    const e = await domainError(result, 'campaign.import_invalid');
    expect(e.details.badRows.map((r) => r.row)).toEqual([4]);
    expect(stored().sort()).toEqual(before.sort());
    expect((await core.media.readImage(task!.payload.image)).length).toBeGreaterThan(0);
  });

  it('refuses an upload naming more images than one upload may hold, storing none of them', async () => {
    const before = stored();
    const png = await shade('#555');
    const count = DEFAULT_ZIP_LIMITS.maxImages + 1;
    const names = Array.from({ length: count }, (_, i) => `i${i}.png`);
    const zip = await buildZip([{ name: 'items.csv', data: `id,image\n${names.map((n, i) => `${i},${n}`).join('\n')}\n` }, ...names.map((name) => ({ name, data: png }))]);
    const { result } = await importZip(zip);
    const e = await domainError(result, 'campaign.import_invalid');
    expect(badRowTexts(e.details.badRows)).toEqual([{ row: 0, reason: `the archive names ${count.toLocaleString('en')} images, more than ${DEFAULT_ZIP_LIMITS.maxImages.toLocaleString('en')} per upload` }]);
    expect(stored()).toEqual(before);
  });
});
