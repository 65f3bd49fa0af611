/**
 * What the per-member answer limit costs a submit on PostgreSQL since it is counted under
 * the member's answer_rate row lock (issue 19: replicas): the same submits with
 * ANSWERS_PER_MINUTE=0 (no limit, no rate row) and with a limit no member reaches, in
 * alternating phases (ABBA) on one database, --workers concurrent submitters.
 *
 *   npx tsx bench/answer-limit.bench.ts [--submits N per phase] [--workers N]
 *
 * Needs DATABASE_URL (the admin URL a database is created next to). Prints one JSON line.
 */
import 'reflect-metadata';
import os from 'node:os';
import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { createCore, createLogger, loadConfig, type Core } from '../core';
import { freshDatabase } from './fresh-database';

const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};

async function main(): Promise<void> {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('DATABASE_URL is required (PostgreSQL)');
  const submits = arg('submits', 4000);
  const workers = arg('workers', 8);
  const db = await freshDatabase('postgres', 'limit', base, { poolSize: workers });
  if (!db) throw new Error('PostgreSQL at DATABASE_URL does not answer');
  const logger = createLogger({ level: 'error', write: (l) => process.stderr.write(l + '\n') });
  const coreWith = (limit: number, ds: DataSource): Promise<Core> =>
    createCore(loadConfig({ ANSWERS_PER_MINUTE: String(limit), LOG_LEVEL: 'error', DATA_DIR: os.tmpdir() }), { logger, ds });
  let off: Core | undefined;
  let on: Core | undefined;
  try {
    off = await coreWith(0, db.ds);
    on = await coreWith(100_000, db.another());
    // Every member answers distinct tasks; tasks never fill (max answers above the members).
    const members = workers * 4;
    const tasksNeeded = Math.ceil((submits * 4) / members) + 1;
    const c = await off.campaigns.create(
      { name: 'Bench', kind: 'label', question: 'Cat or dog?', options: ['cat', 'dog'], reward: '1', budget: '100000000', answersPerTask: members + 1, maxAnswersPerTask: members + 1, consensusMode: 'majority', minEvidence: 0, minThinkMs: 0 },
      null,
    );
    const csv = ['id,text', ...Array.from({ length: tasksNeeded }, (_, i) => `i${i},item ${i}`)].join('\n') + '\n';
    await off.campaigns.importItems(c.id, Readable.from([csv]), 'csv');
    await off.campaigns.transition(c.id, 'activate');
    const tasks: number[] = (await off.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND gold_label IS NULL ORDER BY id`, [c.id])).map((r: { id: number }) => r.id);
    const memberIds: number[] = [];
    for (let m = 0; m < members; m++) memberIds.push((await off.identities.resolve({ platform: 'console', platformUserId: `b${m}`, displayName: `b${m}` })).memberId);
    await off.ds.query(`INSERT INTO task_serve (task_id, member_id, served_at) SELECT t, m, now() - interval '1 minute' FROM unnest($1::int[]) t, unnest($2::int[]) m`, [tasks, memberIds]);
    // Submit i: member i % members, that member's next task; the ones in flight at once are distinct members.
    let i = 0;

    /** One phase: `submits` answers through `core`, `workers` at a time. Returns ms. */
    const phase = async (core: Core): Promise<number> => {
      const end = i + submits;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: workers }, async () => {
          while (i < end) {
            const n = i++;
            const r = await core.answers.submit({ memberId: memberIds[n % members]!, taskId: tasks[Math.floor(n / members)]!, choice: 'cat' });
            if (r.outcome !== 'accepted') throw new Error(`submit not accepted: ${JSON.stringify(r)}`);
          }
        }),
      );
      return performance.now() - started;
    };
    const ms = { off: 0, on: 0 };
    for (const which of ['off', 'on', 'on', 'off'] as const) ms[which] += await phase(which === 'on' ? on : off);
    const perSubmit = (t: number) => t / (2 * submits);
    const result = {
      submits_per_phase: submits,
      workers,
      host_cpus: os.cpus().length,
      no_limit_ms_per_submit_wall: Number(perSubmit(ms.off).toFixed(4)),
      limit_ms_per_submit_wall: Number(perSubmit(ms.on).toFixed(4)),
      no_limit_answers_per_s: Math.round((2 * submits * 1000) / ms.off),
      limit_answers_per_s: Math.round((2 * submits * 1000) / ms.on),
      limit_cost_pct: Number(((ms.on / ms.off - 1) * 100).toFixed(1)),
    };
    process.stdout.write(JSON.stringify(result) + '\n');
  } finally {
    await on?.close();
    await off?.close();
    await db.cleanup();
  }
}

void main().catch((e: unknown) => {
  process.stderr.write(`answer-limit bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
