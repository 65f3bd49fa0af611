import 'reflect-metadata';
import { Readable } from 'node:stream';
import { createCore, createLogger, loadConfig } from '../core';
import { freshDatabase } from './fresh-database';

/**
 * bench:import: a 1,000,000-row CSV, generated lazily (never held in memory), streamed into
 * one campaign on PGlite (on disk) and PostgreSQL. Reports rows/s and the process's peak RSS,
 * which must stay flat: the importer keeps one batch of rows at a time.
 * Flags: --rows N (default 1000000), --engine pglite|postgres|both.
 */
const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : dflt;
};
const rows = Number(arg('rows', '1000000'));
const engines = arg('engine', 'both') === 'both' ? ['pglite', 'postgres'] : [arg('engine', 'both')];
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

function* csv(n: number): Generator<string> {
  yield 'id,text,gold\n';
  let chunk = '';
  for (let i = 1; i <= n; i++) {
    chunk += `item-${i},"Review number ${i}: the product did what it promised, mostly",${i % 50 === 0 ? 'positive' : ''}\n`;
    if (i % 1000 === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}


async function run(engine: string): Promise<{ rowsPerS: number; peakRssMb: number } | undefined> {
  const logger = createLogger({ level: 'error' });
  const config = loadConfig({ LOG_LEVEL: 'error' });
  const db = await freshDatabase(engine, 'import', adminUrl);
  if (!db) return undefined;
  const { ds, cleanup } = db;
  const core = await createCore(config, { logger, ds });
  try {
    const c = await core.campaigns.create(
      { name: 'import bench', kind: 'label', question: 'Sentiment?', options: ['positive', 'negative'], reward: '1', budget: '1000000' },
      null,
    );
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    const started = process.hrtime.bigint();
    const result = await core.campaigns.importItems(c.id, Readable.from(csv(rows)), 'csv');
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const rowsPerS = Math.round(result.imported / seconds);
    const peakRssMb = Math.round(peak / 2 ** 20);
    process.stderr.write(`${engine}: ${result.imported} rows (${result.gold} gold) in ${seconds.toFixed(1)} s = ${rowsPerS} rows/s, peak RSS ${peakRssMb} MB\n`);
    return { rowsPerS, peakRssMb };
  } finally {
    await core.close();
    await cleanup();
  }
}

async function main() {
  const out: Record<string, number> = { rows: rows };
  for (const engine of engines) {
    const r = await run(engine);
    if (r) {
      out[`${engine}_rows_per_s`] = r.rowsPerS;
      out[`${engine}_peak_rss_mb`] = r.peakRssMb;
    }
  }
  console.log(JSON.stringify(out));
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
