import { parse } from 'csv-parse/sync';
import { EXPORT_COLUMNS, type Core, type ExportOptions } from '../../core';
import { domainError, draftCampaign, file, tasksByKey, textStream } from '../helpers/fixtures';
import { createTestCore, engine, type TestCore } from '../helpers/test-core';

/** Reads a whole export into one string (the tests' campaigns are small). */
async function exportText(core: Core, campaignId: number, opts: ExportOptions): Promise<string> {
  const e = await core.exports.open(campaignId, opts);
  let text = '';
  for await (const chunk of e.chunks()) text += chunk;
  return text;
}

const csvRecords = (text: string): Record<string, string>[] => parse(text, { columns: true });
const jsonRecords = (text: string): Record<string, unknown>[] =>
  text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));

describe(`campaign exports on ${engine}`, () => {
  let core: TestCore;
  let campaign: number;
  let ids: Map<string, number>;

  beforeAll(async () => {
    core = await createTestCore();
    campaign = await draftCampaign(core, { options: ['cat', 'dog', '-1'] });
    await core.campaigns.importItems(
      campaign,
      textStream(
        file(
          'id,text,gold',
          'a,"a cat, sleeping",', // final
          'b,"she said ""woof""\nand left",', // final_uncertain
          '"=HYPERLINK(""http://evil"")",=1+1,', // open, with formulas in the key and the text
          'd,plain,', // final with a label starting with a minus sign
          'g,gold item,cat', // gold, open
        ),
      ),
      'csv',
    );
    ids = await tasksByKey(core, campaign);
    // Task states are written directly: the export only reads these columns, whatever
    // scoring engine wrote them.
    const set = (key: string, status: string, label: string | null, confidence: number | null, answers: number, baseline: [string, number] | null) =>
      core.ds.query(
        `UPDATE task SET status = $2, consensus_label = $3, consensus_confidence = $4, answer_count = $5,
                baseline_label = $6, baseline_confidence = $7 WHERE id = $1`,
        [ids.get(key), status, label, confidence, answers, baseline?.[0] ?? null, baseline?.[1] ?? null],
      );
    await set('a', 'final', 'cat', 0.97, 3, ['cat', 0.81]);
    await set('b', 'final_uncertain', 'dog', 0.55, 5, null);
    await set('=HYPERLINK("http://evil")', 'open', null, null, 1, ['dog', 0.5]);
    await set('d', 'final', '-1', 0.9, 3, null);
    // A check campaign of the baseline's predictions: members confidently said "yes" to
    // task a's prediction; the check of the open task is undecided.
    const check = await draftCampaign(core, { kind: 'check', options: ['yes', 'no', 'unsure'] });
    await core.ds.query(`INSERT INTO inference_check (check_campaign_id, source_campaign_id, model_name) VALUES ($1, $2, 'm')`, [check, campaign]);
    await core.ds.query(
      `INSERT INTO task (campaign_id, item_key, payload, status, consensus_label) VALUES
       ($1, 'ca', jsonb_build_object('source_task_id', $2::int), 'final', 'yes'),
       ($1, 'cx', jsonb_build_object('source_task_id', $3::int), 'open', NULL)`,
      [check, ids.get('a'), ids.get('=HYPERLINK("http://evil")')],
    );
  });
  afterAll(async () => {
    await core.cleanup();
  });

  it('exports every task as CSV with a header, in task order', async () => {
    const text = await exportText(core, campaign, { format: 'csv' });
    expect(text.split('\r\n')[0]).toBe(EXPORT_COLUMNS.join(','));
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = csvRecords(text);
    expect(rows.map((r) => r.task_id)).toEqual([...ids.values()].map(String));
    expect(rows[0]).toEqual({
      task_id: String(ids.get('a')),
      item_key: 'a',
      item: expect.any(String),
      consensus_label: 'cat',
      confidence: '0.97',
      answers: '3',
      baseline_label: 'cat',
      baseline_probability: '0.81',
      uncertain: 'false',
      status: 'final',
      gold_label: '',
      model_verified: 'yes',
    });
    expect(JSON.parse(rows[0]!.item!)).toEqual({ text: 'a cat, sleeping' });
    expect(rows[1]).toMatchObject({ uncertain: 'true', status: 'final_uncertain', consensus_label: 'dog', answers: '5', baseline_label: '', baseline_probability: '' });
    expect(JSON.parse(rows[1]!.item!)).toEqual({ text: 'she said "woof"\nand left' });
    expect(rows[2]).toMatchObject({ status: 'open', uncertain: 'false', consensus_label: '', confidence: '', answers: '1' });
    expect(rows[4]).toMatchObject({ item_key: 'g', gold_label: 'cat', status: 'open' });
  });

  it('quotes CSV cells per RFC 4180 and neutralises formulas in user text', async () => {
    const text = await exportText(core, campaign, { format: 'csv' });
    const rows = csvRecords(text);
    expect(rows[2]!.item_key).toBe(`'=HYPERLINK("http://evil")`);
    expect(text).toContain(`,"'=HYPERLINK(""http://evil"")",`);
    // The item cell starts with "{", so its text is no formula; it is kept as stored.
    expect(JSON.parse(rows[2]!.item!)).toEqual({ text: '=1+1' });
    expect(rows[3]!.consensus_label).toBe("'-1");
    // A line break inside a cell is quoted, not a new record.
    expect(rows).toHaveLength(5);
  });

  it('exports JSONL with the item as an object and the uncertain flag', async () => {
    const rows = jsonRecords(await exportText(core, campaign, { format: 'jsonl' }));
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual({
      task_id: ids.get('a'),
      item_key: 'a',
      item: { text: 'a cat, sleeping' },
      consensus_label: 'cat',
      confidence: 0.97,
      answers: 3,
      baseline_label: 'cat',
      baseline_probability: 0.81,
      uncertain: false,
      status: 'final',
      gold_label: null,
      model_verified: 'yes',
    });
    expect(rows[1]).toMatchObject({ uncertain: true, status: 'final_uncertain', item: { text: 'she said "woof"\nand left' } });
    // JSONL is not opened by spreadsheets: values stay exactly as stored.
    // An undecided check gives no verdict.
    expect(rows[2]).toMatchObject({ item_key: '=HYPERLINK("http://evil")', item: { text: '=1+1' }, consensus_label: null, status: 'open', model_verified: null });
    expect(rows[3]!.consensus_label).toBe('-1');
  });

  it('exports only final tasks (certain or not) when asked', async () => {
    const e = await core.exports.open(campaign, { format: 'jsonl', finalOnly: true });
    expect(e.total).toBe(3);
    const rows = jsonRecords(await exportText(core, campaign, { format: 'jsonl', finalOnly: true }));
    expect(rows.map((r) => r.item_key)).toEqual(['a', 'b', 'd']);
    expect(csvRecords(await exportText(core, campaign, { format: 'csv', finalOnly: true })).map((r) => r.status)).toEqual(['final', 'final_uncertain', 'final']);
  });

  it.each([1, 2, 3, 4, 5, 6])('gives the same rows when read in pages of %i', async (pageSize) => {
    const whole = await exportText(core, campaign, { format: 'csv' });
    const progress: [number, number][] = [];
    const paged = await exportText(core, campaign, { format: 'csv', pageSize, onProgress: (w, t) => progress.push([w, t]) });
    expect(paged).toBe(whole);
    expect(progress.at(-1)).toEqual([5, 5]);
    expect(progress.map(([w]) => w)).toEqual(Array.from({ length: Math.ceil(5 / pageSize) }, (_, i) => Math.min(5, (i + 1) * pageSize)));
  });

  it('pages past other campaigns and final-only filters across page boundaries', async () => {
    // A second campaign's tasks interleave the id range; pages must skip them.
    const other = await draftCampaign(core);
    await core.campaigns.importItems(other, textStream(file('id,text', 'x1,one', 'x2,two', 'x3,three')), 'csv');
    await core.campaigns.importItems(campaign, textStream(file('id,text', 'late1,later', 'late2,later too')), 'csv');
    try {
      const keys = jsonRecords(await exportText(core, campaign, { format: 'jsonl', pageSize: 2 })).map((r) => r.item_key);
      expect(keys).toEqual(['a', 'b', '=HYPERLINK("http://evil")', 'd', 'g', 'late1', 'late2']);
      const final = jsonRecords(await exportText(core, campaign, { format: 'jsonl', pageSize: 1, finalOnly: true })).map((r) => r.item_key);
      expect(final).toEqual(['a', 'b', 'd']);
      expect(jsonRecords(await exportText(core, other, { format: 'jsonl', pageSize: 2 })).map((r) => r.item_key)).toEqual(['x1', 'x2', 'x3']);
    } finally {
      await core.ds.query(`DELETE FROM task WHERE campaign_id = $1 AND item_key LIKE 'late%'`, [campaign]);
    }
  });

  it('streams the same bytes through a Readable', async () => {
    const e = await core.exports.open(campaign, { format: 'csv', pageSize: 2 });
    const parts: Buffer[] = [];
    for await (const b of e.stream()) parts.push(Buffer.from(b));
    expect(Buffer.concat(parts).toString('utf8')).toBe(await exportText(core, campaign, { format: 'csv' }));
  });

  it('exports only the header for a campaign without tasks', async () => {
    const empty = await draftCampaign(core);
    expect(await exportText(core, empty, { format: 'csv' })).toBe(EXPORT_COLUMNS.join(',') + '\r\n');
    expect(await exportText(core, empty, { format: 'jsonl' })).toBe('');
  });

  it('refuses a campaign that does not exist', async () => {
    const e = await domainError(core.exports.open(999_999, { format: 'csv' }), 'campaign.not_found');
    expect(e.details).toEqual({ campaignId: 999_999 });
  });
});
