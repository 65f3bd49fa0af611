import 'reflect-metadata';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { createCore, createLogger, loadConfig, type ExportFormat } from '../core';
import { freshDatabase } from './fresh-database';

/**
 * bench:export: a campaign of 1,000,000 tasks (bulk-loaded through SQL: a third final, a
 * tenth final-but-uncertain, the rest open, half with a baseline) exported as CSV to
 * /dev/null through CampaignExportService, on PGlite (on disk) and PostgreSQL (a fresh
 * database next to DATABASE_URL's, default postgres://postgres@127.0.0.1:5432/test, dropped
 * after). Reports rows/s, bytes/s, and the process's peak RSS during the export against
 * its RSS just before, which must stay flat: the exporter holds one page at a time.
 * Flags: --rows N (default 1000000), --engine pglite|postgres|both, --format csv|jsonl,
 * --page N (default 1000).
 */
const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : dflt;
};
const rows = Number(arg('rows', '1000000'));
const engines = arg('engine', 'both') === 'both' ? ['pglite', 'postgres'] : [arg('engine', 'both')];
const format = arg('format', 'csv') as ExportFormat;
const pageSize = Number(arg('page', '1000'));
const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Figures {
  rowsPerS: number;
  mbPerS: number;
  seconds: number;
  rssBeforeMb: number;
  peakRssMb: number;
  loadSeconds: number;
}

async function run(engine: string): Promise<Figures | undefined> {
  const logger = createLogger({ level: 'error' });
  const config = loadConfig({ LOG_LEVEL: 'error' });
  const db = await freshDatabase(engine, 'export', adminUrl);
  if (!db) return undefined;
  const { ds, cleanup } = db;
  const core = await createCore(config, { logger, ds });
  try {
    const c = await core.campaigns.create(
      { name: 'export bench', kind: 'label', question: 'Sentiment?', options: ['positive', 'negative'], reward: '1', budget: '1000000' },
      null,
    );
    const loadStart = process.hrtime.bigint();
    // Bulk load in slices, so no single statement holds a million rows in flight.
    for (let from = 1; from <= rows; from += 100_000) {
      const to = Math.min(rows, from + 99_999);
      await core.ds.query(
        `INSERT INTO task (campaign_id, item_key, payload, status, answer_count, consensus_label, consensus_confidence, baseline_label, baseline_confidence)
         SELECT $1, 'item-' || i,
                jsonb_build_object('text', 'Review number ' || i || ': the product did what it promised, "mostly"', 'source', CASE WHEN i % 7 = 0 THEN '=cmd' ELSE 'web' END),
                CASE WHEN i % 10 = 0 THEN 'final_uncertain' WHEN i % 3 = 0 THEN 'final' ELSE 'open' END,
                CASE WHEN i % 10 = 0 THEN 5 WHEN i % 3 = 0 THEN 3 ELSE i % 3 END,
                CASE WHEN i % 10 = 0 OR i % 3 = 0 THEN CASE WHEN i % 2 = 0 THEN 'positive' ELSE 'negative' END END,
                CASE WHEN i % 10 = 0 THEN 0.6 WHEN i % 3 = 0 THEN 0.97 END,
                CASE WHEN i % 2 = 0 THEN 'positive' END,
                CASE WHEN i % 2 = 0 THEN 0.8 END
         FROM generate_series($2::int, $3::int) AS i`,
        [c.id, from, to],
      );
    }
    await core.ds.query(`ANALYZE task`);
    const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;
    process.stderr.write(`${engine}: ${rows} tasks loaded in ${loadSeconds.toFixed(1)} s\n`);

    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const started = process.hrtime.bigint();
    const e = await core.exports.open(c.id, { format, pageSize });
    const out = createWriteStream('/dev/null');
    let bytes = 0;
    for await (const chunk of e.chunks()) {
      bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    if (e.total !== rows) throw new Error(`exported ${e.total} tasks, expected ${rows}`);
    const f: Figures = {
      rowsPerS: Math.round(rows / seconds),
      mbPerS: Math.round((bytes / 2 ** 20 / seconds) * 10) / 10,
      seconds: Math.round(seconds * 10) / 10,
      rssBeforeMb: Math.round(rssBefore / 2 ** 20),
      peakRssMb: Math.round(peak / 2 ** 20),
      loadSeconds: Math.round(loadSeconds * 10) / 10,
    };
    process.stderr.write(
      `${engine}: ${rows} rows (${(bytes / 2 ** 20).toFixed(0)} MB ${format}) in ${f.seconds} s = ${f.rowsPerS} rows/s, ${f.mbPerS} MB/s; RSS ${f.rssBeforeMb} MB before, peak ${f.peakRssMb} MB\n`,
    );
    return f;
  } finally {
    await core.close();
    await cleanup();
  }
}

async function main() {
  const out: Record<string, number | string> = { rows, format, page_size_rows: pageSize };
  for (const engine of engines) {
    const r = await run(engine);
    if (r) {
      out[`${engine}_rows_per_s`] = r.rowsPerS;
      out[`${engine}_mb_per_s`] = r.mbPerS;
      out[`${engine}_export_s`] = r.seconds;
      out[`${engine}_rss_before_mb`] = r.rssBeforeMb;
      out[`${engine}_peak_rss_mb`] = r.peakRssMb;
      out[`${engine}_load_s`] = r.loadSeconds;
    }
  }
  console.log(JSON.stringify(out));
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
