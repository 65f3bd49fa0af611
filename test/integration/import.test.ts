import { Readable } from 'node:stream';
import { domainError, draftCampaign, file, taskCount, textStream } from '../helpers/fixtures';
import { activeCampaign, createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { badRowTexts } from '../helpers/problems';

describe(`item imports on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore();
  });
  afterAll(async () => {
    await core.cleanup();
  });

  /** Imports a file that must be refused; checks nothing was added and returns the bad rows sorted by line. */
  async function refusedRows(campaignId: number, text: string, format: 'csv' | 'jsonl'): Promise<{ badRows: { row: number; reason: string }[]; badRowCount: number }> {
    const before = await taskCount(core, campaignId);
    const e = await domainError(core.campaigns.importItems(campaignId, textStream(text), format), 'campaign.import_invalid');
    expect(await taskCount(core, campaignId)).toBe(before);
    return { ...e.details, badRows: badRowTexts(e.details.badRows).sort((a, b) => a.row - b.row) };
  }

  async function storedTasks(campaignId: number): Promise<{ item_key: string; payload: Record<string, unknown>; gold_label: string | null }[]> {
    return core.ds.query(`SELECT item_key, payload, gold_label FROM task WHERE campaign_id = $1 ORDER BY id`, [campaignId]);
  }

  describe('CSV', () => {
    it('imports rows with ids, payload columns and gold labels', async () => {
      const c = await draftCampaign(core);
      const r = await core.campaigns.importItems(c, textStream(file('id,text,source,gold', 'a1,a cat,web,', 'a2,"a dog, barking",web,dog', 'a3,a bird,camera,')), 'csv');
      expect(r).toEqual({ imported: 3, gold: 1 });
      expect(await storedTasks(c)).toEqual([
        { item_key: 'a1', payload: { text: 'a cat', source: 'web' }, gold_label: null },
        { item_key: 'a2', payload: { text: 'a dog, barking', source: 'web' }, gold_label: 'dog' },
        { item_key: 'a3', payload: { text: 'a bird', source: 'camera' }, gold_label: null },
      ]);
    });

    it('uses the line number as key for an item without id', async () => {
      const c = await draftCampaign(core);
      await core.campaigns.importItems(c, textStream(file('id,text', ',first', 'named,second', ',third')), 'csv');
      expect((await storedTasks(c)).map((t) => t.item_key)).toEqual(['2', 'named', '4']);
    });

    it('imports a file arriving in arbitrary chunks, with CRLF line ends and a BOM', async () => {
      const c = await draftCampaign(core);
      const text = '\uFEFFid,text\r\nk1,one\r\nk2,"two\r\nlines"\r\nk3,three\r\n';
      const chunks = text.match(/.{1,3}/gs)!;
      const r = await core.campaigns.importItems(c, Readable.from(chunks), 'csv');
      expect(r.imported).toBe(3);
      const tasks = await storedTasks(c);
      expect(tasks.map((t) => t.item_key)).toEqual(['k1', 'k2', 'k3']);
      expect(tasks[1]!.payload).toEqual({ text: 'two\r\nlines' });
    });

    it('imports nothing from a file with a wrong column count and names the line', async () => {
      const c = await draftCampaign(core);
      const d = await refusedRows(c, file('id,text', 'a,one', 'b,two,extra', 'c,three', 'd'), 'csv');
      expect(d.badRows.map((b) => b.row)).toEqual([3, 5]);
      expect(d.badRowCount).toBe(2);
      expect(d.badRows[0]!.reason).toMatch(/expected 2 columns, found 3/);
    });

    it('imports nothing when a gold label is not among the options and names the line', async () => {
      const c = await draftCampaign(core);
      const d = await refusedRows(c, file('id,text,gold', 'a,one,cat', 'b,two,horse', 'c,three,'), 'csv');
      expect(d.badRows).toEqual([{ row: 3, reason: expect.stringContaining('"horse"') }]);
    });

    it('imports nothing when an item is empty and names the line', async () => {
      const c = await draftCampaign(core);
      const d = await refusedRows(c, file('id,text,gold', 'a,one,', 'b,,cat', 'c,three,'), 'csv');
      expect(d.badRows).toEqual([{ row: 3, reason: 'the item has no content' }]);
    });

    it('imports nothing when the file repeats an id and names the later line', async () => {
      const c = await draftCampaign(core);
      const d = await refusedRows(c, file('id,text', 'a,one', 'b,two', 'a,again'), 'csv');
      expect(d.badRows).toEqual([{ row: 4, reason: expect.stringContaining('"a"') }]);
    });

    it('imports nothing when an explicit id collides with a line-number key', async () => {
      const c = await draftCampaign(core);
      const d = await refusedRows(c, file('id,text', ',one', '2,two'), 'csv');
      expect(d.badRows.map((b) => b.row)).toEqual([3]);
    });

    it('imports nothing when a row repeats an id from many rows earlier, past the insert batch', async () => {
      const c = await draftCampaign(core);
      const lines = ['id,text'];
      for (let i = 1; i <= 1500; i++) lines.push(`k${i},item ${i}`);
      lines.push('k7,again');
      const d = await refusedRows(c, file(...lines), 'csv');
      expect(d.badRows.map((b) => b.row)).toEqual([1502]);
      expect(d.badRows[0]!.reason).toContain('"k7"');
    });

    it('imports nothing when an id already exists in the campaign from an earlier import', async () => {
      const c = await draftCampaign(core);
      await core.campaigns.importItems(c, textStream(file('id,text', 'a,one', 'b,two')), 'csv');
      const d = await refusedRows(c, file('id,text', 'c,three', 'b,two again', 'd,four'), 'csv');
      expect(d.badRows).toEqual([{ row: 3, reason: expect.stringContaining('already used') }]);
      expect((await storedTasks(c)).map((t) => t.item_key)).toEqual(['a', 'b']);
    });

    it('names every bad line of a file with several kinds of problems, and imports nothing', async () => {
      const c = await draftCampaign(core);
      await core.campaigns.importItems(c, textStream(file('id,text,gold', 'old,earlier,')), 'csv');
      const d = await refusedRows(
        c,
        file(
          'id,text,gold',
          'a,one,', // 2 ok
          'b,two', // 3 wrong column count
          'c,three,horse', // 4 gold not an option
          'd,,', // 5 empty item
          'a,one again,', // 6 duplicate id in the file
          'old,again,', // 7 id from the earlier import
          'e,five,dog', // 8 ok
        ),
        'csv',
      );
      expect(d.badRows.map((b) => b.row)).toEqual([3, 4, 5, 6, 7]);
      expect(d.badRowCount).toBe(5);
      expect(await taskCount(core, c)).toBe(1);
    });

    it('imports nothing from a CSV with an unclosed quote', async () => {
      const c = await draftCampaign(core);
      const d = await refusedRows(c, file('id,text', 'a,one', 'b,"two', 'c,three'), 'csv');
      expect(d.badRows).toHaveLength(1);
      expect(d.badRows[0]!.reason).toMatch(/^broken CSV/);
    });

    it('refuses an empty file', async () => {
      const c = await draftCampaign(core);
      const d = await refusedRows(c, '', 'csv');
      expect(d.badRows).toEqual([{ row: 1, reason: 'the file is empty' }]);
    });

    it('refuses a file with only a header', async () => {
      const c = await draftCampaign(core);
      const d = await refusedRows(c, file('id,text,gold'), 'csv');
      expect(d.badRows).toEqual([{ row: 0, reason: 'the file has no items' }]);
    });

    it.each([
      ['an empty column name', 'id,,gold'],
      ['a repeated column name', 'id,text,text'],
      ['no content column', 'id,gold'],
    ])('refuses a header with %s', async (_what, header) => {
      const c = await draftCampaign(core);
      const d = await refusedRows(c, file(header, 'a,b,c'), 'csv');
      expect(d.badRows.map((b) => b.row)).toEqual([1]);
    });
  });

  describe('JSONL', () => {
    it('imports one object per line, skipping blank lines, with numeric ids and gold labels', async () => {
      const c = await draftCampaign(core);
      const r = await core.campaigns.importItems(
        c,
        textStream(file('{"id":"j1","text":"one","meta":{"lang":"en"}}', '', '{"id":7,"text":"two","gold":"cat"}', '{"text":"three"}')),
        'jsonl',
      );
      expect(r).toEqual({ imported: 3, gold: 1 });
      expect(await storedTasks(c)).toEqual([
        { item_key: 'j1', payload: { text: 'one', meta: { lang: 'en' } }, gold_label: null },
        { item_key: '7', payload: { text: 'two' }, gold_label: 'cat' },
        { item_key: '4', payload: { text: 'three' }, gold_label: null },
      ]);
    });

    it('imports nothing from a file with an invalid JSON line and names it', async () => {
      const c = await draftCampaign(core);
      const d = await refusedRows(c, file('{"id":"a","text":"one"}', '{"id":"b","text":', '{"id":"c","text":"three"}'), 'jsonl');
      expect(d.badRows).toEqual([{ row: 2, reason: 'not valid JSON' }]);
    });

    it('imports nothing from a file with a line that is not an object and names each', async () => {
      const c = await draftCampaign(core);
      const d = await refusedRows(c, file('{"id":"a","text":"one"}', '[1,2]', '"text"', 'null', '42', '{"id":"b","text":"two"}'), 'jsonl');
      expect(d.badRows).toEqual([2, 3, 4, 5].map((row) => ({ row, reason: 'not a JSON object' })));
      expect(d.badRowCount).toBe(4);
    });

    it('imports nothing when an item is empty and names the line', async () => {
      const c = await draftCampaign(core);
      const d = await refusedRows(c, file('{"id":"a","text":"one"}', '{"id":"b"}', '{"id":"c","gold":"cat","text":""}', '{}'), 'jsonl');
      expect(d.badRows).toEqual([2, 3, 4].map((row) => ({ row, reason: 'the item has no content' })));
    });

    it('imports nothing when a gold label is not among the options', async () => {
      const c = await draftCampaign(core);
      const d = await refusedRows(c, file('{"id":"a","text":"one","gold":"cat"}', '{"id":"b","text":"two","gold":"Cat"}'), 'jsonl');
      expect(d.badRows.map((b) => b.row)).toEqual([2]);
    });

    it('imports nothing when the file repeats an id, counting blank lines in the line numbers', async () => {
      const c = await draftCampaign(core);
      const d = await refusedRows(c, file('{"id":"a","text":"one"}', '', '{"id":"b","text":"two"}', '{"id":"a","text":"again"}'), 'jsonl');
      expect(d.badRows).toEqual([{ row: 4, reason: expect.stringContaining('first on line 1') }]);
    });

    it('imports nothing when an id already exists in the campaign', async () => {
      const c = await draftCampaign(core);
      await core.campaigns.importItems(c, textStream(file('{"id":"a","text":"one"}')), 'jsonl');
      const d = await refusedRows(c, file('{"id":"z","text":"new"}', '{"id":"a","text":"one again"}'), 'jsonl');
      expect(d.badRows).toEqual([{ row: 2, reason: expect.stringContaining('already used') }]);
    });

    it('names every bad line of a file with several kinds of problems, and imports nothing', async () => {
      const c = await draftCampaign(core);
      await core.campaigns.importItems(c, textStream(file('{"id":"old","text":"earlier"}')), 'jsonl');
      const d = await refusedRows(
        c,
        file(
          '{"id":"a","text":"one"}', // 1 ok
          '{"id":"b",', // 2 invalid JSON
          '["b"]', // 3 not an object
          '{"id":"c","text":"three","gold":"horse"}', // 4 gold not an option
          '{"id":"d"}', // 5 empty item
          '{"id":"a","text":"again"}', // 6 duplicate id in the file
          '{"id":"old","text":"again"}', // 7 id from the earlier import
        ),
        'jsonl',
      );
      expect(d.badRows.map((b) => b.row)).toEqual([2, 3, 4, 5, 6, 7]);
      expect(d.badRowCount).toBe(6);
    });

    it('refuses an empty file', async () => {
      const c = await draftCampaign(core);
      const d = await refusedRows(c, '', 'jsonl');
      expect(d.badRows).toHaveLength(1);
      expect(d.badRows[0]!.reason).toMatch(/no items|empty/);
      await refusedRows(c, '\n\n  \n', 'jsonl');
    });
  });

  describe('bytes and characters the database cannot hold', () => {
    const bytes = (...parts: (string | number[])[]): Buffer => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
    /** Imports bytes that must be refused; checks nothing was added and returns the bad rows sorted by line. */
    async function refusedBytes(campaignId: number, data: Buffer, format: 'csv' | 'jsonl') {
      const before = await taskCount(core, campaignId);
      const e = await domainError(core.campaigns.importItems(campaignId, Readable.from([data]), format), 'campaign.import_invalid');
      expect(await taskCount(core, campaignId)).toBe(before);
      return badRowTexts(e.details.badRows).sort((a, b) => a.row - b.row);
    }

    it('names a CSV line with a NUL byte, and imports nothing', async () => {
      const c = await draftCampaign(core);
      expect(await refusedBytes(c, bytes('id,text\na,one\nb,t', [0], 'wo\nc,three\n'), 'csv')).toEqual([{ row: 3, reason: 'contains a NUL byte' }]);
    });

    it('names the line of a NUL byte inside a quoted CSV field spanning lines', async () => {
      const c = await draftCampaign(core);
      expect(await refusedBytes(c, bytes('id,text\na,"one\nline ', [0], '"\nb,two\n'), 'csv')).toEqual([{ row: 3, reason: 'contains a NUL byte' }]);
    });

    it('names a CSV line that is not valid UTF-8, and imports nothing', async () => {
      const c = await draftCampaign(core);
      expect(await refusedBytes(c, bytes('id,text\na,one\nb,', [0xff, 0xfe, 0x41], '\nc,', [0xc3], '\n'), 'csv')).toEqual([
        { row: 3, reason: 'is not valid UTF-8' },
        { row: 4, reason: 'is not valid UTF-8' },
      ]);
    });

    it('refuses a CSV whose header is not valid UTF-8', async () => {
      const c = await draftCampaign(core);
      expect(await refusedBytes(c, bytes('id,te', [0xe2, 0x28, 0xa1], 'xt\na,one\n'), 'csv')).toEqual([{ row: 1, reason: 'header: is not valid UTF-8' }]);
    });

    it('names JSONL lines with a \\u0000 escape, a raw NUL, invalid UTF-8 or a lone surrogate, and imports nothing', async () => {
      const c = await draftCampaign(core);
      const rows = await refusedBytes(
        c,
        bytes(
          '{"id":"a","text":"one"}\n',
          '{"id":"b","text":"t\\u0000wo"}\n',
          '{"id":"c","text":"three","meta":{"k\\u0000":"x"}}\n',
          '{"id":"d","text":"f', [0], 'our"}\n',
          '{"id":"e","text":"f', [0xc0, 0xaf], 've"}\n',
          '{"id":"f","text":"\\ud800"}\n',
          '{"id":"g\\u0000","text":"seven"}\n',
        ),
        'jsonl',
      );
      expect(rows).toEqual([
        { row: 2, reason: 'contains a NUL character (\\u0000)' },
        { row: 3, reason: 'contains a NUL character (\\u0000)' },
        { row: 4, reason: 'contains a NUL byte' },
        { row: 5, reason: 'is not valid UTF-8' },
        { row: 6, reason: 'contains text that is not valid Unicode (a lone surrogate)' },
        { row: 7, reason: 'contains a NUL character (\\u0000)' },
      ]);
    });

    it('imports text whose multi-byte characters are split across chunks', async () => {
      const c = await draftCampaign(core);
      const csv = Buffer.from('id,text\na,café crème 🐈\n', 'utf8');
      const jsonl = Buffer.from('{"id":"j","text":"naïve 🐕"}\n', 'utf8');
      const chunked = (b: Buffer) => Readable.from(Array.from({ length: b.length }, (_, i) => b.subarray(i, i + 1)));
      expect(await core.campaigns.importItems(c, chunked(csv), 'csv')).toEqual({ imported: 1, gold: 0 });
      expect(await core.campaigns.importItems(c, chunked(jsonl), 'jsonl')).toEqual({ imported: 1, gold: 0 });
      expect((await storedTasks(c)).map((t) => t.payload)).toEqual([{ text: 'café crème 🐈' }, { text: 'naïve 🐕' }]);
    });
  });

  it('lists at most 20 bad rows but counts them all', async () => {
    const c = await draftCampaign(core);
    const lines = ['id,text'];
    for (let i = 0; i < 30; i++) lines.push(`k${i},x,extra`);
    const d = await refusedRows(c, file(...lines), 'csv');
    expect(d.badRows).toHaveLength(20);
    expect(d.badRowCount).toBe(30);
    expect(d.badRows.map((b) => b.row)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
  });

  it('refuses an import into a closed campaign', async () => {
    const c = await draftCampaign(core);
    await core.campaigns.transition(c, 'close');
    const e = await domainError(core.campaigns.importItems(c, textStream(file('text', 'one')), 'csv'), 'campaign.closed');
    expect(e.details).toEqual({ campaignId: c });
    expect(await taskCount(core, c)).toBe(0);
  });

  it('adds items to an active campaign', async () => {
    const c = await draftCampaign(core);
    await core.campaigns.importItems(c, textStream(file('id,text', 'a,one')), 'csv');
    await core.campaigns.transition(c, 'activate');
    expect(await core.campaigns.importItems(c, textStream(file('id,text', 'b,two')), 'csv')).toEqual({ imported: 1, gold: 0 });
    expect(await taskCount(core, c)).toBe(2);
  });

  it('names an unknown campaign', async () => {
    await domainError(core.campaigns.importItems(999_999, textStream(file('text', 'one')), 'csv'), 'campaign.not_found');
  });

  describe('a large import while members answer', () => {
    /**
     * A CSV of `n` rows that stops after `pauseAfter` rows, calls `paused` and waits for
     * `gate`; the last row is bad when asked.
     */
    function gatedCsv(n: number, pauseAfter: number, paused: () => void, gate: Promise<void>, badLast = false): Readable {
      return Readable.from(
        (async function* () {
          yield 'id,text\n';
          for (let i = 1; i <= n; i++) {
            if (i === pauseAfter + 1) {
              paused();
              await gate;
            }
            yield i === n && badLast ? `k${i},x,extra column\n` : `k${i},item ${i}\n`;
          }
        })(),
      );
    }

    it('takes answers on other campaigns while a draft is being imported', async () => {
      const live = await activeCampaign(core, { items: 1 });
      const m = await member(core, 'answering-during-import');
      const next = await core.assignment.next(m, [live]);
      if (!next.found) throw new Error('no task served');
      const taskId = next.card.taskId;
      const draft = await draftCampaign(core);
      let open!: () => void;
      const gate = new Promise<void>((r) => (open = r));
      let paused!: () => void;
      const reading = new Promise<void>((r) => (paused = r));
      // The import reads 3,000 rows (batches of 1,000), then waits for the answer below: on
      // one session with one long transaction, the answer would wait for the import forever.
      const importing = core.campaigns.importItems(draft, gatedCsv(6_000, 3_000, paused, gate), 'csv');
      await reading;
      const answer = await core.answers.submit({ memberId: m, taskId, choice: 'cat' });
      expect(answer.outcome).toBe('accepted');
      open();
      expect(await importing).toEqual({ imported: 6_000, gold: 0 });
      expect(await taskCount(core, draft)).toBe(6_000);
    }, 120_000);

    it('activates a draft only after its import, and a refused import leaves it without items', async () => {
      const draft = await draftCampaign(core);
      let open!: () => void;
      const gate = new Promise<void>((r) => (open = r));
      let paused!: () => void;
      const reading = new Promise<void>((r) => (paused = r));
      const importing = core.campaigns.importItems(draft, gatedCsv(2_500, 2_000, paused, gate, true), 'csv');
      const refused = domainError(importing, 'campaign.import_invalid');
      await reading;
      // Rows are in; the moderator activates meanwhile.
      const activating = core.campaigns.transition(draft, 'activate');
      const [{ status }] = await core.ds.query(`SELECT status FROM campaign WHERE id = $1`, [draft]);
      expect(status).toBe('draft');
      open();
      expect(badRowTexts((await refused).details.badRows)).toEqual([{ row: 2_501, reason: 'expected 2 columns, found 3' }]);
      await domainError(activating, 'campaign.no_items');
      expect(await taskCount(core, draft)).toBe(0);
    }, 120_000);
  });

  it('streams 50,000 generated rows into tasks', async () => {
    const c = await draftCampaign(core);
    const total = 50_000;
    function* rows(): Generator<string> {
      yield 'id,text,gold\n';
      for (let i = 1; i <= total; i++) yield `item-${i},generated text number ${i},${i % 100 === 0 ? 'dog' : ''}\n`;
    }
    const r = await core.campaigns.importItems(c, Readable.from(rows()), 'csv');
    expect(r).toEqual({ imported: total, gold: total / 100 });
    expect(await taskCount(core, c)).toBe(total);
    expect(await taskCount(core, c, true)).toBe(total / 100);
    const [{ keys }] = await core.ds.query(`SELECT count(DISTINCT item_key)::int AS keys FROM task WHERE campaign_id = $1`, [c]);
    expect(keys).toBe(total);
    const [last] = await core.ds.query(`SELECT payload FROM task WHERE campaign_id = $1 AND item_key = $2`, [c, `item-${total}`]);
    expect(last.payload).toEqual({ text: `generated text number ${total}` });
  }, 180_000);
});
