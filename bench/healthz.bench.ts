import 'reflect-metadata';
import { createCore, createLogger, loadConfig } from '../core';
import { latestRunPerJob } from '../core/jobs/job-run.statements';
import { freshDatabase } from './fresh-database';

/**
 * bench:healthz: what /healthz and /metrics cost as job_run grows. Bulk-loads N runs
 * (default 1,000,000, about 77 days of today's 13,000 a day) over eight jobs, then times,
 * as the median of 21 calls each: the latest-run-per-job query /healthz used before
 * (DISTINCT ON over the table), the index-probe query it uses now (latestRunPerJob), the
 * whole health check, and the /metrics snapshot. On PGlite (on disk) and PostgreSQL (a fresh
 * database next to DATABASE_URL's, default postgres://postgres@127.0.0.1:5432/test).
 * Flags: --rows N, --engine pglite|postgres|both.
 */
const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : dflt;
};
const rows = Number(arg('rows', '1000000'));
const engines = arg('engine', 'both') === 'both' ? ['pglite', 'postgres'] : [arg('engine', 'both')];
const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const JOBS = ['scoring-sweep', 'consensus-round', 'emission-settle', 'close-finished-campaigns', 'prune', 'baseline', 'mint', 'rare-job'];

async function median(fn: () => Promise<unknown>, times = 21): Promise<number> {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

async function run(engine: string): Promise<Record<string, number | string> | undefined> {
  const db = await freshDatabase(engine, 'healthz', adminUrl);
  if (!db) return undefined;
  const core = await createCore(loadConfig({ LOG_LEVEL: 'error' }), { logger: createLogger({ level: 'error' }), ds: db.ds });
  try {
    const t0 = performance.now();
    for (let from = 1; from <= rows; from += 100_000) {
      const to = Math.min(rows, from + 99_999);
      // Seven busy jobs share the runs; 'rare-job' ran once, long ago.
      await core.ds.query(
        `INSERT INTO job_run (job, outcome, detail, started_at, finished_at)
         SELECT ($3::text[])[1 + g % 7], CASE WHEN g % 50 = 0 THEN 'failed' ELSE 'ok' END, 'bench',
                now() - ($2::int - g) * interval '5 seconds', now() - ($2::int - g) * interval '5 seconds' + interval '40 milliseconds'
         FROM generate_series($1::int, $4::int) g`,
        [from, rows, JOBS, to],
      );
    }
    await core.ds.query(`INSERT INTO job_run (job, outcome, started_at, finished_at) VALUES ('rare-job', 'ok', now() - interval '400 days', now() - interval '400 days')`);
    await core.ds.query(`ANALYZE job_run`);
    const loadSeconds = (performance.now() - t0) / 1000;
    const before = await median(() => core.ds.query(`SELECT DISTINCT ON (job) job, outcome, started_at, finished_at, detail FROM job_run ORDER BY job, started_at DESC`));
    const after = await median(() => latestRunPerJob(core.ds));
    const same = JSON.stringify(await core.ds.query(`SELECT DISTINCT ON (job) job, outcome, started_at FROM job_run ORDER BY job, started_at DESC`).then((r: { job: string; outcome: string }[]) => r.map((x) => [x.job, x.outcome])));
    const now = JSON.stringify((await latestRunPerJob(core.ds)).map((x) => [x.job, x.outcome]));
    if (same !== now) throw new Error(`the two queries disagree: ${same} vs ${now}`);
    const health = await median(() => core.health.check());
    const metrics = await median(() => core.snapshot.snapshot(), 5);
    return { engine, rows, loadSeconds: Number(loadSeconds.toFixed(1)), beforeMs: Number(before.toFixed(2)), afterMs: Number(after.toFixed(2)), healthCheckMs: Number(health.toFixed(2)), metricsSnapshotMs: Number(metrics.toFixed(1)) };
  } finally {
    await core.close();
    await db.cleanup();
  }
}

async function main(): Promise<void> {
  for (const engine of engines) {
    const r = await run(engine);
    if (r) process.stdout.write(JSON.stringify(r) + '\n');
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:healthz failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
