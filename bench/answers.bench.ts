/**
 * bench:answers — throughput and latency of AnswerService.submit through the real core,
 * 32 concurrent workers in one process, on embedded PGlite and on PostgreSQL.
 *
 *   npm run bench:answers -- [--engine pglite|postgres|both] [--answers N] [--warmup N]
 *                            [--store N] [--workers N] [--pool N] [--members N] [--pglite-small]
 *                            [--prepared-statements on|off]
 *
 * Per engine: a fresh database, members and tasks created in bulk, a warm-up of --warmup
 * submits (default 10,000: the "small store"), then a measured window of --answers submits
 * (default 20,000). The store is then bulk-loaded through SQL to --store answers (default
 * 1,000,000; --store 0 skips it, --pglite-small skips it on PGlite only), VACUUM ANALYZE +
 * CHECKPOINT, and the same window is measured again. Progress goes to stderr; the last
 * stdout line is one JSON object of headline figures. The PostgreSQL admin connection is BENCH_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/test); the bench database is created and dropped.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { Client as PgClient } from 'pg';
import type { Core } from '../core';
import { backendCpuSeconds, bulkLoadAnswers, createWorkload, pgliteCore, postgresCore, probePostgres, serveTasks, type BenchCore, type Workload } from './answers-setup';

interface Options {
  engines: ('pglite' | 'postgres')[];
  answers: number;
  warmup: number;
  store: number;
  workers: number;
  pool: number | undefined;
  /** Named prepared statements on the hot path (PostgreSQL); off as behind PgBouncer in transaction mode. */
  preparedStatements: boolean;
  members: number;
  /** Also bulk-load PGlite to --store answers and measure again (about 2 minutes, 2.6 GB RSS). */
  pgliteLarge: boolean;
  adminUrl: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    engines: ['pglite', 'postgres'],
    answers: 20_000,
    warmup: 10_000,
    store: 1_000_000,
    workers: 32,
    pool: undefined,
    preparedStatements: true,
    members: 10_000,
    pgliteLarge: true,
    adminUrl: process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test',
  };
  const int = (name: string, v: string | undefined, min: number): number => {
    const n = Number(v);
    if (v === undefined || !Number.isInteger(n) || n < min) throw new Error(`${name} needs a whole number >= ${min}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--engine': {
        const v = value();
        if (v === 'both') o.engines = ['pglite', 'postgres'];
        else if (v === 'pglite' || v === 'postgres') o.engines = [v];
        else throw new Error('--engine is pglite, postgres or both');
        break;
      }
      case '--answers': o.answers = int(flag, value(), 1); break;
      case '--warmup': o.warmup = int(flag, value(), 0); break;
      case '--store': o.store = int(flag, value(), 0); break;
      case '--workers': o.workers = int(flag, value(), 1); break;
      case '--pool': o.pool = int(flag, value(), 1); break;
      case '--members': o.members = int(flag, value(), 5); break;
      case '--pglite-small': o.pgliteLarge = false; break;
      case '--prepared-statements': {
        const v = value();
        if (v !== 'on' && v !== 'off') throw new Error('--prepared-statements is on or off');
        o.preparedStatements = v === 'on';
        break;
      }
      case '--help':
      case '-h':
        process.stderr.write('usage: npm run bench:answers -- [--engine pglite|postgres|both] [--answers N] [--warmup N] [--store N] [--workers N] [--pool N] [--members N] [--pglite-small] [--prepared-statements on|off]\n');
        return process.exit(0);
      default:
        throw new Error(`unknown argument ${a}`);
    }
  }
  return o;
}

const log = (msg: string) => process.stderr.write(msg + '\n');
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const mb = (bytes: number) => bytes / (1024 * 1024);

/**
 * Peak resident set size of this process, sampled every 50 ms (PGlite's WASM heap is part
 * of it); track() follows the peak of one phase.
 */
class RssSampler {
  peak = process.memoryUsage().rss;
  private phases = new Set<{ peak: number }>();
  private timer = setInterval(() => this.sample(), 50);
  constructor() {
    this.timer.unref();
  }
  sample() {
    const rss = process.memoryUsage().rss;
    if (rss > this.peak) this.peak = rss;
    for (const p of this.phases) if (rss > p.peak) p.peak = rss;
  }
  /** Starts following a phase; its end() gives the phase's peak in MB. */
  track(): { end(): number } {
    const phase = { peak: process.memoryUsage().rss };
    this.phases.add(phase);
    return {
      end: () => {
        this.sample();
        this.phases.delete(phase);
        return mb(phase.peak);
      },
    };
  }
  stop() {
    clearInterval(this.timer);
  }
}

interface Job {
  taskId: number;
  memberId: number;
  choice: string;
}

/**
 * The answers to submit, in order. Each task gets its answers from distinct members, so it
 * finalizes and writes ledger rows: 75% three agreeing answers, 15% a 2-1 split (final at
 * 3), 10% a 1-1-1 tie settled by a 4th answer. Tasks are taken in blocks of 256, one answer
 * per task per pass, so the next answer on a task comes ~256 submits after the previous
 * one (no pile-up of 32 workers on one task row, as when many members work a campaign).
 */
class Plan {
  private queue: Job[] = [];
  private nextTask = 0;
  constructor(
    private readonly w: Workload,
    private readonly block = 256,
  ) {}

  static choices(j: number): string[] {
    const r = j % 20;
    if (r < 2) return ['cat', 'dog', 'bird', 'dog'];
    if (r < 5) return ['cat', 'dog', 'cat'];
    return ['cat', 'cat', 'cat'];
  }

  /** Answers per task on average (3.1). */
  static readonly meanAnswers = (2 * 4 + 18 * 3) / 20;

  /** Every (task, member) pair the plan will submit, to serve them first as a member would see the card. */
  static pairs(w: Workload): { taskId: number; memberId: number }[] {
    const out: { taskId: number; memberId: number }[] = [];
    w.taskIds.forEach((taskId, j) => {
      for (let pass = 0; pass < Plan.choices(j).length; pass++) out.push({ taskId, memberId: w.memberIds[(j * 4 + pass) % w.memberIds.length]! });
    });
    return out;
  }

  next(): Job {
    if (this.queue.length === 0) this.fill();
    return this.queue.pop()!;
  }

  private fill() {
    const { taskIds, memberIds } = this.w;
    const from = this.nextTask;
    const to = Math.min(taskIds.length, from + this.block);
    if (from >= to) throw new Error('the bench ran out of tasks');
    this.nextTask = to;
    const jobs: Job[] = [];
    for (let pass = 0; pass < 4; pass++) {
      for (let j = from; j < to; j++) {
        const choices = Plan.choices(j);
        if (pass >= choices.length) continue;
        // Distinct members on one task: j*4+pass differs for pass 0..3 (members >= 4).
        jobs.push({ taskId: taskIds[j]!, memberId: memberIds[(j * 4 + pass) % memberIds.length]!, choice: choices[pass]! });
      }
    }
    this.queue = jobs.reverse();
  }
}

interface WindowResult {
  submits: number;
  seconds: number;
  answersPerS: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** p50 and p99 of the submits that finalized (and scored) their task, and of the rest. */
  split: { finalizing: [number, number]; other: [number, number] };
  mean: number;
  outcomes: Record<string, number>;
  finalized: number;
  errors: number;
  queriesPerSubmit: number;
  /** CPU time of this process (JS, driver, PGlite) per submit. */
  cpuMsPerSubmit: number;
  /** CPU time of the PostgreSQL backends serving the bench database per submit, where readable. */
  serverCpuMsPerSubmit?: number;
  peakRssMb: number;
  /** 1-minute load average of the machine before and after: the machine is shared. */
  load: [number, number];
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[idx]!;
}

/**
 * Counts SQL round trips. On PostgreSQL every statement goes through a pg Client, whether
 * TypeORM sends it or core/db/named-query.ts runs it as a named prepared statement on the
 * pool, so Client#query is counted (BEGIN and COMMIT included). PGlite has no pg Client:
 * there every query runner's query() is counted (ds.query makes one).
 */
function countQueries(core: Core, engine: 'pglite' | 'postgres'): { read(): number } {
  let n = 0;
  if (engine === 'postgres') {
    const proto = PgClient.prototype as unknown as { query: (...a: unknown[]) => unknown };
    const query = proto.query;
    proto.query = function (this: unknown, ...a: unknown[]) {
      n += 1;
      return query.apply(this, a);
    };
    return { read: () => n };
  }
  const ds = core.ds;
  const create = ds.createQueryRunner.bind(ds);
  ds.createQueryRunner = ((...args: Parameters<typeof create>) => {
    const qr = create(...args);
    const query = qr.query.bind(qr);
    qr.query = ((...q: Parameters<typeof query>) => {
      n += 1;
      return query(...q);
    }) as typeof qr.query;
    return qr;
  }) as typeof ds.createQueryRunner;
  return { read: () => n };
}

async function runWindow(
  core: Core,
  plan: Plan,
  n: number,
  workers: number,
  label: string,
  queries: { read(): number },
  rss: RssSampler,
  serverCpu: () => number | undefined,
): Promise<WindowResult> {
  const latencies = new Float64Array(n);
  /** 1 where the submit finalized its task (and so also scored it). */
  const finalizing = new Uint8Array(n);
  const outcomes: Record<string, number> = {};
  let issued = 0;
  let done = 0;
  let finalized = 0;
  let errors = 0;
  let firstError: unknown;
  const q0 = queries.read();
  const load0 = loadavg()[0]!;
  const cpu0 = process.cpuUsage();
  const server0 = serverCpu();
  const memory = rss.track();
  const started = performance.now();
  const progress = setInterval(() => {
    const s = (performance.now() - started) / 1000;
    log(`  ${label}: ${done.toLocaleString('en-US')} / ${n.toLocaleString('en-US')} submits, ${Math.round(done / s)} answers/s`);
  }, 5000);
  progress.unref();
  const worker = async () => {
    while (issued < n) {
      const i = issued++;
      const job = plan.next();
      const t0 = performance.now();
      try {
        const r = await core.answers.submit(job);
        const key = r.outcome === 'rejected' ? `rejected:${r.error.code}` : r.outcome;
        outcomes[key] = (outcomes[key] ?? 0) + 1;
        if (r.outcome === 'accepted' && r.task.status !== 'open') {
          finalized += 1;
          finalizing[i] = 1;
        }
      } catch (e) {
        errors += 1;
        firstError ??= e;
      }
      latencies[i] = performance.now() - t0;
      done += 1;
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(progress);
  const cpu = process.cpuUsage(cpu0);
  const server1 = serverCpu();
  const peakRssMb = memory.end();
  if (errors > 0) log(`  ${label}: ${errors} submits threw; first: ${firstError instanceof Error ? firstError.stack : String(firstError)}`);
  const sorted = latencies.slice().sort();
  const part = (flag: number) => latencies.filter((_, i) => finalizing[i] === flag).sort();
  const fin = part(1);
  const rest = part(0);
  return {
    submits: n,
    seconds,
    answersPerS: n / seconds,
    p50: percentile(sorted, 0.5),
    p90: percentile(sorted, 0.9),
    p99: percentile(sorted, 0.99),
    max: sorted[sorted.length - 1]!,
    split: {
      finalizing: [percentile(fin, 0.5), percentile(fin, 0.99)],
      other: [percentile(rest, 0.5), percentile(rest, 0.99)],
    },
    mean: latencies.reduce((a, b) => a + b, 0) / n,
    outcomes,
    finalized,
    errors,
    queriesPerSubmit: (queries.read() - q0) / n,
    cpuMsPerSubmit: (cpu.user + cpu.system) / 1000 / n,
    serverCpuMsPerSubmit: server0 === undefined || server1 === undefined ? undefined : ((server1 - server0) * 1000) / n,
    peakRssMb,
    load: [load0, loadavg()[0]!],
  };
}

function describe(label: string, r: WindowResult, stored: number): void {
  log(
    `  ${label}: ${r.submits.toLocaleString('en-US')} submits in ${r.seconds.toFixed(1)} s = ${Math.round(r.answersPerS)} answers/s; ` +
      `latency ms p50 ${r.p50.toFixed(2)} p90 ${r.p90.toFixed(2)} p99 ${r.p99.toFixed(2)} max ${r.max.toFixed(1)} mean ${r.mean.toFixed(2)} ` +
      `(finalizing submits p50 ${r.split.finalizing[0].toFixed(1)} p99 ${r.split.finalizing[1].toFixed(1)}, others p50 ${r.split.other[0].toFixed(1)} p99 ${r.split.other[1].toFixed(1)}); ` +
      `${r.finalized} finalized; ${r.queriesPerSubmit.toFixed(2)} round trips/submit; bench process CPU ${r.cpuMsPerSubmit.toFixed(2)} ms/submit` +
      (r.serverCpuMsPerSubmit === undefined ? '; ' : `, PostgreSQL backends CPU ${r.serverCpuMsPerSubmit.toFixed(2)} ms/submit; `) +
      `outcomes ${JSON.stringify(r.outcomes)}${r.errors > 0 ? `, ${r.errors} THREW` : ''}; peak RSS ${Math.round(r.peakRssMb)} MB; ${stored.toLocaleString('en-US')} answers stored after; ` +
      `load average ${r.load[0].toFixed(1)} -> ${r.load[1].toFixed(1)} on ${cpus().length} cpus`,
  );
}

/** The bench campaign's books: answer_count matches the answers, every final task's answers have ledger rows. */
async function checkConsistency(core: Core, campaignId: number): Promise<void> {
  const [row] = await core.ds.query(
    `SELECT (SELECT coalesce(sum(answer_count), 0)::int FROM task WHERE campaign_id = $1) AS counted,
            (SELECT count(*)::int FROM answer WHERE campaign_id = $1) AS answers,
            (SELECT count(*)::int FROM answer a JOIN task t ON t.id = a.task_id WHERE a.campaign_id = $1 AND t.status <> 'open') AS scored,
            (SELECT count(*)::int FROM reward_ledger WHERE campaign_id = $1) AS ledger,
            (SELECT count(*)::int FROM task WHERE campaign_id = $1 AND status <> 'open') AS final_tasks,
            (SELECT count(*)::int FROM task WHERE campaign_id = $1 AND status = 'open' AND answer_count >= 3
               AND (SELECT count(DISTINCT choice) FROM answer a WHERE a.task_id = task.id) < answer_count) AS unscored_tasks`,
    [campaignId],
  );
  const ok = row.counted === row.answers && row.scored === row.ledger;
  log(`  check: ${row.answers} answers (answer_count sum ${row.counted}), ${row.final_tasks} final tasks, ${row.ledger} ledger rows for ${row.scored} scored answers: ${ok ? 'consistent' : 'INCONSISTENT'}` +
      (row.unscored_tasks > 0 ? `; ${row.unscored_tasks} tasks decided by their answers but left open and unscored (for the scoring sweep)` : ''));
  if (!ok) throw new Error('bench campaign is inconsistent');
}

const storedAnswers = async (core: Core): Promise<number> => (await core.ds.query(`SELECT count(*)::int AS n FROM answer`))[0].n;

interface EngineResult {
  small: WindowResult;
  /** Answers stored when the small-store window started. */
  storedSmall: number;
  /** Peak RSS of setup, warm-up and small-store window, MB. */
  peakRssSmallMb: number;
  large?: WindowResult;
  storedLarge?: number;
  /** Peak RSS of bulk load and large-store window, MB. */
  peakRssLargeMb?: number;
  /** Submits that threw, in all windows (warm-up included). */
  errors: number;
}

async function benchEngine(bc: BenchCore & { database?: string }, o: Options, rss: RssSampler): Promise<EngineResult> {
  const { core } = bc;
  const database = bc.database;
  const serverCpu = () => (database === undefined ? undefined : backendCpuSeconds(database));
  const large = o.store > 0 && (bc.engine === 'postgres' || o.pgliteLarge);
  const submits = o.warmup + o.answers * (large ? 2 : 1);
  const tasks = Math.ceil((submits / Plan.meanAnswers) * 1.05) + 4 * 256;
  const smallPhase = rss.track();
  let t0 = performance.now();
  const workload = await createWorkload(core, { tasks, members: o.members });
  log(`  setup: ${o.members.toLocaleString('en-US')} members, ${tasks.toLocaleString('en-US')} tasks in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  // Answers are admitted only for served tasks: every planned card is served before the windows.
  await serveTasks(core.ds, Plan.pairs(workload));
  const plan = new Plan(workload);
  const queries = countQueries(core, bc.engine);
  let errors = 0;
  const window = async (n: number, label: string) => {
    const r = await runWindow(core, plan, n, o.workers, label, queries, rss, serverCpu);
    errors += r.errors;
    return r;
  };

  if (o.warmup > 0) {
    const w = await window(o.warmup, `${bc.engine} warm-up`);
    describe(`${bc.engine} warm-up`, w, await storedAnswers(core));
  }
  // A running system has statistics (autovacuum analyzes within a minute or so); a fresh
  // database has none, and the planner then picks plans for empty tables.
  await core.ds.query(`ANALYZE`);
  const storedSmall = await storedAnswers(core);
  const small = await window(o.answers, `${bc.engine} window`);
  describe(`${bc.engine} window at ${storedSmall.toLocaleString('en-US')} stored answers`, small, await storedAnswers(core));
  await checkConsistency(core, workload.campaignId);
  const result: EngineResult = { small, storedSmall, peakRssSmallMb: smallPhase.end(), errors: 0 };

  if (large) {
    const largePhase = rss.track();
    t0 = performance.now();
    log(`  bulk-loading answers through SQL up to ${o.store.toLocaleString('en-US')}`);
    await bulkLoadAnswers(core.ds, { target: o.store, memberIds: workload.memberIds, progress: log });
    await core.ds.query(`VACUUM ANALYZE`);
    await core.ds.query(`CHECKPOINT`);
    const storedLarge = await storedAnswers(core);
    log(`  store now ${storedLarge.toLocaleString('en-US')} answers (load + VACUUM ANALYZE + CHECKPOINT ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    const big = await window(o.answers, `${bc.engine} window (large store)`);
    describe(`${bc.engine} window at ${storedLarge.toLocaleString('en-US')} stored answers`, big, await storedAnswers(core));
    await checkConsistency(core, workload.campaignId);
    result.large = big;
    result.storedLarge = storedLarge;
    result.peakRssLargeMb = largePhase.end();
  }
  result.errors = errors;
  return result;
}

/** The headline figures of one engine, snake_case with units. */
function figures(engine: string, r: EngineResult): Record<string, number> {
  const f: Record<string, number> = {
    [`${engine}_answers_per_s`]: Math.round(r.small.answersPerS),
    [`${engine}_p50_ms`]: round(r.small.p50, 2),
    [`${engine}_p99_ms`]: round(r.small.p99, 2),
    ...(r.small.serverCpuMsPerSubmit === undefined ? {} : { [`${engine}_server_cpu_ms_per_answer`]: round(r.small.serverCpuMsPerSubmit, 3) }),
    [`${engine}_peak_rss_mb`]: Math.round(r.peakRssSmallMb),
  };
  if (r.large) {
    f[`${engine}_answers_per_s_at_1m`] = Math.round(r.large.answersPerS);
    f[`${engine}_p50_ms_at_1m`] = round(r.large.p50, 2);
    f[`${engine}_p99_ms_at_1m`] = round(r.large.p99, 2);
    f[`${engine}_stored_answers_at_1m`] = r.storedLarge!;
    f[`${engine}_peak_rss_mb_at_1m`] = Math.round(r.peakRssLargeMb!);
  }
  f[`${engine}_errors`] = r.errors;
  return f;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const cpu = cpus();
  log(
    `bench:answers on ${cpu.length} cpus (${cpu[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, node ${process.version}; ` +
      `engines ${o.engines.join(', ')}; ${o.workers} workers; warm-up ${o.warmup}, window ${o.answers}, large store ${o.store}`,
  );
  const rss = new RssSampler();
  let out: Record<string, number | boolean> = {};

  // PostgreSQL first: PGlite's WASM heap is not all handed back when it closes, and would
  // show in the PostgreSQL run's RSS.
  if (o.engines.includes('postgres')) {
    const probe = await probePostgres(o.adminUrl);
    if (!probe.ok) {
      log(`postgres: skipped, ${new URL(o.adminUrl).host} does not answer (${probe.reason})`);
      out.postgres_skipped = true;
    } else {
      log(
        `postgres ${probe.version} at ${new URL(o.adminUrl).host}, pool ${o.pool ?? '10 (the DATABASE_POOL_SIZE default)'}, ` +
          `prepared statements ${o.preparedStatements ? 'named' : 'unnamed'}`,
      );
      const bc = await postgresCore(o.adminUrl, o.pool, o.preparedStatements);
      log(`  database ${bc.database}`);
      try {
        out = { ...out, ...figures('postgres', await benchEngine(bc, o, rss)), postgres_named_statements: o.preparedStatements };
      } finally {
        await bc.cleanup();
      }
    }
  }
  if (o.engines.includes('pglite')) {
    log(`pglite (in memory)${o.pgliteLarge ? '' : ', small store only (--pglite-small)'}`);
    const bc = await pgliteCore();
    try {
      out = { ...out, ...figures('pglite', await benchEngine(bc, o, rss)) };
    } finally {
      await bc.cleanup();
    }
  }

  rss.stop();
  out.peak_rss_mb = Math.round(Math.max(mb(rss.peak), process.resourceUsage().maxRSS / 1024));
  process.stdout.write(JSON.stringify(out) + '\n');
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    log(`bench:answers failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
