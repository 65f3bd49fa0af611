/**
 * bench:consensus -- --incremental (issue 19): a scoring round that costs what is new, on
 * PostgreSQL. Generates in the server a campaign of `--tasks` tasks (default 1,000,000) x 10
 * answers from 50,000 members of mixed quality (60 % good, 25 % mediocre, 10 % constant,
 * 5 % random, as bench/consensus.bench.ts's synthetic), runs a full refit, adds 10,000 new
 * answers (one each on 10,000 tasks) and runs an incremental round, then a full refit on
 * the same answers, and compares the decisions. Each round runs in a fresh child process
 * that loads only the data source and the round, so its peak RSS is the round's own.
 * The campaign's answersPerTask (12) is above what any task reaches: a round fits and
 * stores but decides nothing, so what is timed is load + fit + store (as bench/consensus-db.ts);
 * a decision then costs one scoreTask per decided task, in either kind of round.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { freshDatabase } from './fresh-database';

const MEMBERS = 50_000;
const PER_TASK = 10;
const NEW_ANSWERS = 10_000;
const TARGET_CONFIDENCE = 0.9;

export interface IncrementalFigures {
  incremental_tasks: number;
  incremental_stored_answers: number;
  incremental_generate_s: number;
  full_refit_s: number;
  full_refit_load_s: number;
  full_refit_fit_s: number;
  full_refit_iterations: number;
  full_refit_peak_rss_mb: number;
  full_refit_node_cpu_s: number;
  /** The child's first round (cold JIT), before the timed one. */
  incremental_first_round_ms: number;
  incremental_new_answers: number;
  incremental_touched_tasks: number;
  incremental_round_ms: number;
  /** Node's CPU time in the timed round: what the round costs the scoring process, whatever the host's load. */
  incremental_round_node_cpu_ms: number;
  incremental_load_ms: number;
  incremental_fit_ms: number;
  incremental_passes: number;
  incremental_peak_rss_mb: number;
  /** RSS of a child that loads the same modules and runs no round: the floor of the two figures above. */
  child_baseline_rss_mb: number;
  /** The schedule's drift measure after the two rounds: the sum of each round's largest member accuracy change. */
  incremental_drift: number;
  incremental_agreement: number;
  incremental_agreement_touched: number;
  incremental_accuracy: number;
  full_refit_accuracy: number;
  second_full_refit_s: number;
}

// Task n's truth is n % 4, its j-th answer member (hash(n) + j * 4729) % 50,000: distinct
// within a task, and tasks near each other share no pattern of members.
// Member k: k % 20 < 12 good (right 70-95 %), < 17 mediocre (40-70 %), < 19 always c0, else random.
const answerSql = (js: string, where: string) =>
  `INSERT INTO answer (task_id, member_id, campaign_id, choice, think_ms)
   SELECT $2::int + n, $3::int + k, $1, 'c' || CASE
            WHEN k % 20 < 17 AND random() < CASE WHEN k % 20 < 12 THEN 0.70 + 0.25 * ((k * 37) % 100) / 100.0 ELSE 0.40 + 0.30 * ((k * 37) % 100) / 100.0 END THEN n % 4
            WHEN k % 20 < 17 THEN (n % 4 + 1 + floor(random() * 3)::int) % 4
            WHEN k % 20 < 19 THEN 0
            ELSE floor(random() * 4)::int END,
          2000 + (k % 1000)
   FROM (SELECT n, j, (((n::bigint * 2654435761) % 4294967296 + j * 4729) % ${MEMBERS})::int AS k FROM generate_series(0, $4::int - 1) n CROSS JOIN ${js} j ${where}) s`;

/** New answers: the j-th answer of every `step`-th task from `offset`, NEW_ANSWERS of them (params: campaign, first task id, first member id, tasks). */
const newAnswersSql = (j: number, step: number, offset: number) =>
  answerSql(`generate_series(${j}, ${j})`, `WHERE n % ${step} = ${offset} AND n / ${step} < ${NEW_ANSWERS}`);

interface RoundFigures {
  loadMs: number;
  fitMs: number;
  iterations: number;
  incremental: boolean;
  tasks: number;
  answers: number;
}

interface ChildResult {
  ms: number;
  /** This process's CPU time in the timed round (the server's is not in it). */
  cpu_ms: number;
  rss_mb: number;
  summary?: RoundFigures;
  /** Incremental mode: the first round's time and what it did (cold: the JIT compiles the round as it runs). */
  first_ms?: number;
  first?: RoundFigures;
}

/** Runs one round (or none) in a fresh process; its result is its last line of stdout. */
function child(mode: 'full' | 'incremental' | 'none', url: string, campaignId: number, second: unknown[] = []): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const p = spawn(join(__dirname, '..', 'node_modules', '.bin', 'tsx'), [__filename, '--child', mode, '--url', url, '--campaign', String(campaignId), '--second', JSON.stringify(second)], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=4096' },
    });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('error', reject);
    p.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`child ${mode} exited ${code}: ${out}`));
      resolve(JSON.parse(out.trim().split('\n').pop()!) as ChildResult);
    });
  });
}

/**
 * One round in this fresh process. Incremental: two rounds, as a scoring process that runs
 * every few seconds does: the first over the answers the parent added, then `second`'s
 * (sql, params) adds as many again and the second round, the one timed, folds them in.
 */
async function runChild(mode: string, url: string, campaignId: number, second: [string, unknown[]] | []): Promise<void> {
  // Only what a round needs: the data source, the scoring service, the round.
  const { createDataSource } = await import('../ormconfig');
  const { ScoringService } = await import('../core/scoring/scoring.service');
  const { ConsensusRoundService } = await import('../core/scoring/consensus-round.service');
  const { DEFAULT_ROUND_SCHEDULE } = await import('../core/scoring/round-schedule');
  const ds = createDataSource({ databaseUrl: url, poolSize: 2 });
  await ds.initialize();
  // The bench wants incremental rounds whatever share of the tasks they touch and however
  // far they drift (the drift is reported: incremental_drift).
  const rounds = new ConsensusRoundService(ds, new ScoringService(ds), undefined, { ...DEFAULT_ROUND_SCHEDULE, maxTouchedShare: 1, maxDrift: Infinity });
  let first: { ms: number; summary: unknown } | undefined;
  if (mode === 'incremental' && second.length === 2) {
    const f0 = performance.now();
    const summary = await rounds.advance(campaignId);
    first = { ms: performance.now() - f0, summary };
    await ds.query(second[0], second[1]);
  }
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const summary = mode === 'full' ? await rounds.refit(campaignId) : mode === 'incremental' ? await rounds.advance(campaignId) : undefined;
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  await ds.destroy();
  console.log(JSON.stringify({ ms, cpu_ms: (cpu.user + cpu.system) / 1000, rss_mb: process.resourceUsage().maxRSS / 1024, summary, first_ms: first?.ms, first: first?.summary }));
}

/** Per task: the label the stored posterior names and whether it is confident enough to decide. */
async function snapshotDecisions(ds: DataSource, table: string, campaignId: number): Promise<void> {
  await ds.query(`DROP TABLE IF EXISTS ${table}`);
  await ds.query(
    `CREATE TABLE ${table} AS
       SELECT p.task_id, b.k AS label, b.p >= $2 AS confident
         FROM task_posterior p
         CROSS JOIN LATERAL (SELECT i AS k, x AS p FROM unnest(p.posterior) WITH ORDINALITY u(x, i) ORDER BY x DESC, i LIMIT 1) b
        WHERE p.campaign_id = $1`,
    [campaignId, TARGET_CONFIDENCE],
  );
}

export async function benchIncremental(adminUrl: string, tasks: number): Promise<IncrementalFigures | undefined> {
  const fresh = await freshDatabase('postgres', 'incremental', adminUrl);
  if (!fresh) return undefined;
  const url = (fresh.ds.options as { url: string }).url;
  // Imported here: a child process that runs one round loads the round's modules only.
  const { createCore, createLogger, loadConfig } = await import('../core');
  const core = await createCore(loadConfig({ ANSWERS_PER_MINUTE: '0', LOG_LEVEL: 'error' }), {
    ds: fresh.ds,
    logger: createLogger({ level: 'error', write: (line) => process.stderr.write(line + '\n') }),
  });
  const onSignal = () => void fresh.cleanup().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  try {
    const c = await core.campaigns.create(
      { name: 'bench', kind: 'label', question: 'Which?', options: ['c0', 'c1', 'c2', 'c3'], reward: '1', budget: '1000000000', answersPerTask: 12, maxAnswersPerTask: 12, targetConfidence: TARGET_CONFIDENCE },
      null,
    );
    const q = (sql: string, p: unknown[] = []) => core.ds.query(sql, p);
    const r = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
    const g0 = performance.now();
    await q(`INSERT INTO task (campaign_id, item_key, payload, answer_count) SELECT $1, 'i' || g, '{}'::jsonb, ${PER_TASK} FROM generate_series(0, $2::int - 1) g`, [c.id, tasks]);
    const [{ m0 }] = await q(`WITH ins AS (INSERT INTO member (display_name) SELECT 'w' || g FROM generate_series(0, ${MEMBERS - 1}) g RETURNING id) SELECT min(id) AS m0 FROM ins`);
    const [{ t0 }] = await q(`SELECT min(id) AS t0 FROM task WHERE campaign_id = $1`, [c.id]);
    // The bench's own database: its answer indexes are built once after the bulk insert,
    // and the insert skips the foreign-key triggers (every row refers to rows made above).
    const indexes: { def: string; name: string; con: boolean }[] = await q(
      `SELECT pg_get_indexdef(i.indexrelid) AS def, c.relname AS name, EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) AS con
         FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = 'answer'::regclass AND NOT i.indisprimary`,
    );
    for (const i of indexes) await q(i.con ? `ALTER TABLE answer DROP CONSTRAINT ${i.name}` : `DROP INDEX ${i.name}`);
    // In slices of 100,000 tasks, so no one statement holds the server for minutes.
    for (let from = 0; from < tasks; from += 100_000) {
      await core.ds.transaction(async (m) => {
        await m.query(`SET LOCAL session_replication_role = replica`);
        await m.query(answerSql(`generate_series(0, ${PER_TASK - 1})`, `WHERE n >= ${from} AND n < ${Math.min(from + 100_000, tasks)}`), [c.id, t0, m0, tasks]);
      });
      process.stderr.write(`  answers for tasks ${from}..${Math.min(from + 100_000, tasks)} in ${((performance.now() - g0) / 1000).toFixed(0)} s\n`);
    }
    for (const i of indexes) {
      await q(i.def);
      if (i.con) await q(`ALTER TABLE answer ADD CONSTRAINT ${i.name} UNIQUE USING INDEX ${i.name}`);
    }
    process.stderr.write(`  indexes rebuilt in ${((performance.now() - g0) / 1000).toFixed(0)} s\n`);
    await q(`ANALYZE`);
    const generateS = (performance.now() - g0) / 1000;
    console.log(`incremental: PostgreSQL ${(await q(`SHOW server_version`))[0].server_version}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    console.log(`incremental: ${tasks} tasks x ${PER_TASK} answers generated in ${generateS.toFixed(1)} s`);

    const baseline = await child('none', url, c.id);
    const full = await child('full', url, c.id);
    console.log(`  full refit: ${(full.ms / 1000).toFixed(1)} s (load ${(full.summary!.loadMs / 1000).toFixed(1)} s, fit ${(full.summary!.fitMs / 1000).toFixed(1)} s), peak RSS ${full.rss_mb.toFixed(0)} MB`);

    // 10,000 new answers, one on each of 10,000 tasks spread over the campaign, by an eleventh
    // member; the child's first round folds them in, then adds 10,000 more on other tasks
    // (a twelfth member) and times the second round.
    const step = Math.max(2, Math.floor(tasks / NEW_ANSWERS));
    await q(newAnswersSql(PER_TASK, step, 0), [c.id, t0, m0, tasks]);
    await q(`ANALYZE answer`);
    const inc = await child('incremental', url, c.id, [newAnswersSql(PER_TASK + 1, step, 1), [c.id, t0, m0, tasks]]);
    if (!inc.summary?.incremental || !inc.first?.incremental) throw new Error('a round was not incremental');
    console.log(`  incremental rounds: first ${inc.first_ms!.toFixed(0)} ms (cold), second ${inc.ms.toFixed(0)} ms (load ${inc.summary.loadMs.toFixed(0)} ms, fit ${inc.summary.fitMs.toFixed(0)} ms) over ${inc.summary.answers} new answers, ${inc.summary.tasks} tasks, peak RSS ${inc.rss_mb.toFixed(0)} MB`);
    await snapshotDecisions(core.ds, 'bench_incremental_decision', c.id);
    const [{ drift }] = await q(`SELECT drift FROM campaign_model WHERE campaign_id = $1`, [c.id]);

    const again = await child('full', url, c.id);
    await snapshotDecisions(core.ds, 'bench_full_decision', c.id);
    const [cmp] = await q(
      `SELECT avg((i.label = f.label AND i.confident = f.confident)::int)::float8 AS agreement,
              avg((i.label = f.label AND i.confident = f.confident)::int) FILTER (WHERE (t.id - $2) % $3 < 2 AND (t.id - $2) / $3 < $4)::float8 AS touched,
              avg((i.label - 1 = (t.id - $2) % 4)::int)::float8 AS inc_accuracy,
              avg((f.label - 1 = (t.id - $2) % 4)::int)::float8 AS full_accuracy
         FROM bench_incremental_decision i JOIN bench_full_decision f USING (task_id) JOIN task t ON t.id = i.task_id WHERE t.campaign_id = $1`,
      [c.id, t0, step, NEW_ANSWERS],
    );
    console.log(`  load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    console.log(`  agreement with a full refit: ${(cmp.agreement * 100).toFixed(3)} % of tasks (${(cmp.touched * 100).toFixed(3)} % of the touched ones)`);
    return {
      incremental_tasks: tasks,
      incremental_stored_answers: tasks * PER_TASK,
      incremental_generate_s: r(generateS, 1),
      full_refit_s: r(full.ms / 1000, 2),
      full_refit_load_s: r(full.summary!.loadMs / 1000, 2),
      full_refit_fit_s: r(full.summary!.fitMs / 1000, 2),
      full_refit_iterations: full.summary!.iterations,
      full_refit_peak_rss_mb: Math.round(full.rss_mb),
      full_refit_node_cpu_s: r(full.cpu_ms / 1000, 2),
      incremental_first_round_ms: Math.round(inc.first_ms!),
      incremental_new_answers: inc.summary.answers,
      incremental_touched_tasks: inc.summary.tasks,
      incremental_round_ms: Math.round(inc.ms),
      incremental_round_node_cpu_ms: Math.round(inc.cpu_ms),
      incremental_load_ms: Math.round(inc.summary.loadMs),
      incremental_fit_ms: Math.round(inc.summary.fitMs),
      incremental_passes: inc.summary.iterations,
      incremental_peak_rss_mb: Math.round(inc.rss_mb),
      child_baseline_rss_mb: Math.round(baseline.rss_mb),
      incremental_drift: r(drift, 4),
      incremental_agreement: r(cmp.agreement, 5),
      incremental_agreement_touched: r(cmp.touched, 5),
      incremental_accuracy: r(cmp.inc_accuracy, 4),
      full_refit_accuracy: r(cmp.full_accuracy, 4),
      second_full_refit_s: r(again.ms / 1000, 2),
    };
  } finally {
    process.removeListener('SIGINT', onSignal);
    await core.close().catch(() => undefined);
    await fresh.cleanup();
  }
}

if (process.argv.includes('--child')) {
  const at = (name: string) => process.argv[process.argv.indexOf(`--${name}`) + 1]!;
  runChild(at('child'), at('url'), Number(at('campaign')), JSON.parse(at('second')) as [string, unknown[]] | []).then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
