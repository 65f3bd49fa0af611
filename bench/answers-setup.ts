import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { Client } from 'pg';
import { adminSql as admin } from '../core/db/admin-sql';
import type { DataSource } from 'typeorm';
import { createCore, createLogger, loadConfig, type Core } from '../core';
import { createDataSource } from '../ormconfig';

/** A core on a database of the bench's own, and how to get rid of it. */
export interface BenchCore {
  core: Core;
  engine: 'pglite' | 'postgres';
  /** Closes the core; drops the PostgreSQL database. */
  cleanup(): Promise<void>;
}

const config = () => loadConfig({ ANSWERS_PER_MINUTE: '0', LOG_LEVEL: 'error' });
const quietLogger = () => createLogger({ level: 'error', write: (line) => process.stderr.write(line + '\n') });

/** The real core on an in-memory PGlite. */
export async function pgliteCore(): Promise<BenchCore> {
  const core = await createCore(config(), { logger: quietLogger(), ds: createDataSource({}) });
  return { core, engine: 'pglite', cleanup: () => core.close() };
}

/** Whether PostgreSQL answers at the admin URL; the reason when it does not. */
export async function probePostgres(adminUrl: string): Promise<{ ok: true; version: string } | { ok: false; reason: string }> {
  const c = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    const { rows } = await c.query<{ v: string }>(`SELECT current_setting($$server_version$$) AS v`);
    return { ok: true, version: rows[0]!.v };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  } finally {
    await c.end().catch(() => undefined);
  }
}

/**
 * The real core on a fresh PostgreSQL database created next to the admin URL's; cleanup()
 * drops it. The pool size is the production default (10, DATABASE_POOL_SIZE) unless given;
 * `preparedStatements` false runs the hot path unnamed, as behind PgBouncer (docs/pgbouncer.md).
 */
export async function postgresCore(adminUrl: string, poolSize?: number, preparedStatements = true): Promise<BenchCore & { database: string }> {
  const database = `tnet_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
  await admin(adminUrl, `CREATE DATABASE ${database}`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  let core: Core | undefined;
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    await admin(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  };
  // Ctrl-C during a run still drops the database.
  const onSignal = () => {
    void (async () => {
      process.stderr.write(`\ninterrupted: dropping ${database}\n`);
      await core?.close().catch(() => undefined);
      await drop().catch(() => undefined);
      process.exit(130);
    })();
  };
  process.once('SIGINT', onSignal);
  try {
    core = await createCore(config(), {
      logger: quietLogger(),
      ds: createDataSource({ databaseUrl: url.toString(), poolSize, preparedStatements }),
    });
  } catch (e) {
    process.removeListener('SIGINT', onSignal);
    await drop();
    throw e;
  }
  const c = core;
  return {
    core: c,
    engine: 'postgres',
    database,
    cleanup: async () => {
      process.removeListener('SIGINT', onSignal);
      await c.close().catch(() => undefined);
      await drop();
    },
  };
}


export interface Workload {
  campaignId: number;
  taskIds: number[];
  memberIds: number[];
}

/**
 * One active campaign (3 answers per task, at most 5, reward 1 TNET, a budget that never
 * runs out), `tasks` plain tasks and `members` members, the bulk parts through SQL.
 */
export async function createWorkload(core: Core, opts: { tasks: number; members: number }): Promise<Workload> {
  const ds = core.ds;
  const memberRows: { id: number }[] = await ds.query(
    `INSERT INTO member (display_name) SELECT 'bench member ' || g FROM generate_series(1, $1::int) g RETURNING id`,
    [opts.members],
  );
  const memberIds = memberRows.map((r) => r.id).sort((a, b) => a - b);
  await ds.query(
    `INSERT INTO identity (member_id, platform, platform_user_id, username)
     SELECT id, 'sim', 'bench-' || id, display_name FROM member WHERE id = ANY($1::int[])`,
    [memberIds],
  );
  const campaign = await core.campaigns.create(
    {
      name: 'Bench campaign',
      kind: 'label',
      question: 'Cat, dog or bird?',
      options: ['cat', 'dog', 'bird'],
      reward: '1',
      budget: '5000000000',
      answersPerTask: 3,
      maxAnswersPerTask: 5,
      // Every decided task pays at once (no answers waiting for their member's
      // assessment), so each finalizing submit does the whole work: scoring and ledger.
      minEvidence: 0,
    },
    null,
  );
  await insertTasks(ds, campaign.id, opts.tasks, 'item');
  await core.campaigns.transition(campaign.id, 'activate');
  const taskRows: { id: number }[] = await ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id`, [campaign.id]);
  return { campaignId: campaign.id, taskIds: taskRows.map((r) => r.id), memberIds };
}

/**
 * Serves each planned (task, member) pair half a minute ago, as /task would have shown the
 * card: answers are admitted only for served tasks (issue 14), and a careful think time
 * keeps the bench's members clear of the timing rule.
 */
export async function serveTasks(ds: DataSource, pairs: { taskId: number; memberId: number }[]): Promise<void> {
  const chunk = 50_000;
  for (let from = 0; from < pairs.length; from += chunk) {
    const part = pairs.slice(from, from + chunk);
    await ds.query(
      `INSERT INTO task_serve (task_id, member_id, served_at)
       SELECT t, m, now() - interval '30 seconds' FROM unnest($1::int[], $2::int[]) AS x(t, m) ON CONFLICT DO NOTHING`,
      [part.map((p) => p.taskId), part.map((p) => p.memberId)],
    );
  }
}

async function insertTasks(ds: DataSource, campaignId: number, count: number, prefix: string): Promise<void> {
  const chunk = 100_000;
  for (let from = 1; from <= count; from += chunk) {
    const to = Math.min(count, from + chunk - 1);
    await ds.query(
      `INSERT INTO task (campaign_id, item_key, payload)
       SELECT $1, $2 || g, jsonb_build_object('text', 'picture ' || g, 'url', 'https://example.org/img/' || g || '.jpg')
       FROM generate_series($3::int, $4::int) g`,
      [campaignId, prefix, from, to],
    );
  }
}

/**
 * Stores answers through SQL until about `target` answers exist: a separate, closed
 * campaign of final tasks with 3 answers each (answer_count consistent), every answer
 * with its serve, its paid ledger row and the campaign's spent matching. Returns the
 * answer count.
 */
export async function bulkLoadAnswers(
  ds: DataSource,
  opts: { target: number; memberIds: number[]; progress: (msg: string) => void },
): Promise<number> {
  const [{ n: before }] = await ds.query(`SELECT count(*)::int AS n FROM answer`);
  const missing = opts.target - before;
  if (missing <= 0) return before;
  const perTask = 3;
  const tasks = Math.ceil(missing / perTask);
  const [{ id: campaignId }] = await ds.query(
    `INSERT INTO campaign (name, kind, question, options, reward_per_answer, answers_per_task,
                           max_answers_per_task, target_confidence, status)
     VALUES ('Bench history', 'label', 'Cat, dog or bird?',
             '[{"id":"cat","label":"cat"},{"id":"dog","label":"dog"},{"id":"bird","label":"bird"}]',
             1000000000000000000, 3, 5, 0.9, 'closed')
     RETURNING id`,
  );
  await ds.query(
    `INSERT INTO campaign_budget (campaign_id, budget, spent) VALUES ($1, $2::numeric * 1000000000000000000, $2::numeric * 1000000000000000000)`,
    [campaignId, tasks * perTask],
  );
  const minMember = Math.min(...opts.memberIds);
  const members = opts.memberIds.length;
  if (opts.memberIds.some((id, i) => id !== minMember + i)) throw new Error('bulk load expects contiguous member ids');
  const chunk = 50_000;
  const started = Date.now();
  for (let from = 1; from <= tasks; from += chunk) {
    const to = Math.min(tasks, from + chunk - 1);
    await ds.transaction(async (m) => {
      const [{ lo, hi }] = await m.query(
        `WITH t AS (
           INSERT INTO task (campaign_id, item_key, payload, status, answer_count, consensus_label, consensus_confidence, finalized_at, created_at)
           SELECT $1, 'hist' || g, jsonb_build_object('text', 'picture ' || g, 'url', 'https://example.org/img/' || g || '.jpg'),
                  'final', 3, 'cat', 1, now() - interval '1 day', now() - interval '2 days'
           FROM generate_series($2::int, $3::int) g RETURNING id)
         SELECT min(id) AS lo, max(id) AS hi FROM t`,
        [campaignId, from, to],
      );
      await m.query(
        `INSERT INTO answer (task_id, member_id, campaign_id, choice, created_at)
         SELECT t.id, $2::int + ((t.id::bigint * 3 + k) % $3::int)::int, $1, 'cat',
                now() - interval '30 days' + (t.id % 2592000) * interval '1 second'
         FROM task t CROSS JOIN generate_series(0, 2) k
         WHERE t.id BETWEEN $4 AND $5
         ORDER BY t.id, k`,
        [campaignId, minMember, members, lo, hi],
      );
      await m.query(
        `INSERT INTO reward_ledger (member_id, campaign_id, task_id, answer_id, amount, status, rule, consensus_label, created_at)
         SELECT a.member_id, a.campaign_id, a.task_id, a.id, 1000000000000000000, 'pending', 'majority.match', 'cat', a.created_at
         FROM answer a WHERE a.task_id BETWEEN $1 AND $2 ORDER BY a.id`,
        [lo, hi],
      );
      // Every answer was served first (issue 14): the store's task_serve is as large as its answers.
      await m.query(
        `INSERT INTO task_serve (task_id, member_id, served_at)
         SELECT a.task_id, a.member_id, a.created_at - interval '10 seconds' FROM answer a WHERE a.task_id BETWEEN $1 AND $2`,
        [lo, hi],
      );
    });
    opts.progress(`  bulk load: ${(to * perTask).toLocaleString('en-US')} / ${(tasks * perTask).toLocaleString('en-US')} answers (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  const [{ n: after }] = await ds.query(`SELECT count(*)::int AS n FROM answer`);
  return after;
}

/**
 * CPU seconds used so far by the PostgreSQL backends serving `database` (Linux /proc, the
 * server on this machine); undefined where that cannot be read. Backends that exited
 * are not counted, so read it around windows that keep the pool's connections open.
 */
export function backendCpuSeconds(database: string): number | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return undefined;
  }
  let ticks = 0;
  let found = 0;
  for (const pid of entries) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'latin1');
      if (!cmd.startsWith('postgres:') || !cmd.includes(` ${database} `)) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
      found += 1;
    } catch {
      // the process went away
    }
  }
  return found === 0 ? undefined : ticks / 100;
}
