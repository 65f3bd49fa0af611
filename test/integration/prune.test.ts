import { ANSWER_RATE_KEEP_SECONDS } from '../../core/jobs/retention';
import { pruneJob } from '../../jobs/prune.job';
import { serve, submitServed } from '../helpers/serve';
import { activeCampaign, createTestCore, engine, member, type TestCore } from '../helpers/test-core';

/** A timestamp `days` before now (negative: after). */
const ago = (days: number) => new Date(Date.now() - days * 86_400_000);

describe(`the prune job on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore({ JOB_RUN_RETENTION_DAYS: '14', TASK_SERVE_RETENTION_DAYS: '10' });
  });
  afterAll(async () => {
    await core.cleanup();
  });

  it('deletes job runs past the retention and keeps recent ones and the latest run of every job', async () => {
    const run = (job: string, days: number) =>
      core.ds.query(`INSERT INTO job_run (job, outcome, started_at, finished_at) VALUES ($1, 'ok', $2, $2) RETURNING id`, [job, ago(days)]);
    const [[old1], [old2], [recent], [rareOnly]] = [await run('often', 20), await run('often', 15), await run('often', 1), await run('rare', 100)];
    await core.prune.run();
    const ids = (await core.ds.query(`SELECT id FROM job_run ORDER BY id`)).map((r: { id: string }) => String(r.id));
    expect(ids).not.toContain(String(old1.id));
    expect(ids).not.toContain(String(old2.id));
    expect(ids).toContain(String(recent.id));
    expect(ids).toContain(String(rareOnly.id));
    // /healthz still shows both jobs with their latest run.
    const last = await core.jobRuns.lastRuns();
    expect(last.filter((r) => r.job === 'often' || r.job === 'rare').map((r) => r.job)).toEqual(['often', 'rare']);
  });

  it('deletes link challenges a day past their expiry, and keeps the rest', async () => {
    const m = await member(core, 'linker');
    const [{ id: identityId }] = await core.ds.query(`SELECT id FROM identity WHERE member_id = $1`, [m]);
    const challenge = async (nonce: string, expiresAt: Date, used: boolean) =>
      (
        await core.ds.query(
          `INSERT INTO link_challenge (member_id, identity_id, nonce, token_hash, message, expires_at, used_at) VALUES ($1, $2, $3, $3, 'm', $4, $5) RETURNING id`,
          [m, identityId, nonce, expiresAt, used ? ago(3) : null],
        )
      )[0].id as number;
    const usedLongAgo = await challenge('n-used-old', ago(3), true);
    const expiredLongAgo = await challenge('n-expired-old', ago(2), false);
    const expiredJustNow = await challenge('n-expired-recent', ago(0.1), false);
    const live = await challenge('n-live', ago(-0.01), false);
    const r = await core.prune.run();
    expect(r.linkChallenges).toBe(2);
    const left = (await core.ds.query(`SELECT id FROM link_challenge ORDER BY id`)).map((x: { id: number }) => x.id);
    expect(left).toEqual([expiredJustNow, live]);
    expect(left).not.toContain(usedLongAgo);
    expect(left).not.toContain(expiredLongAgo);
  });

  it('deletes serve records no answer can need, keeps those of answerable tasks, and a kept serve still takes its answer', async () => {
    const active = await activeCampaign(core, { items: 3 });
    const paused = await activeCampaign(core, { items: 1 });
    const closed = await activeCampaign(core, { items: 1 });
    await core.campaigns.transition(paused, 'pause');
    await core.campaigns.transition(closed, 'close');
    const tasks = async (c: number) => (await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id`, [c])).map((t: { id: number }) => t.id);
    const [decided, decidedRecently, openOld] = await tasks(active);
    const [pausedOpen] = await tasks(paused);
    const [closedOpen] = await tasks(closed);
    await core.ds.query(`UPDATE task SET status = 'final', consensus_label = 'cat', finalized_at = now() WHERE id = ANY($1::int[])`, [[decided, decidedRecently]]);
    const m = await member(core, 'server');
    const serve = (task: number, days: number) => core.ds.query(`INSERT INTO task_serve (task_id, member_id, served_at) VALUES ($1, $2, $3)`, [task, m, ago(days)]);
    await serve(decided, 11);
    await serve(decidedRecently, 9);
    await serve(openOld, 40); // past the 24.8 days an int of milliseconds holds
    await serve(pausedOpen, 11);
    await serve(closedOpen, 11);

    expect((await core.prune.run()).taskServes).toBe(2);
    const left = (await core.ds.query(`SELECT task_id FROM task_serve WHERE member_id = $1 ORDER BY task_id`, [m])).map((s: { task_id: number }) => s.task_id);
    expect(left).toEqual([decidedRecently, openOld, pausedOpen].sort((a, b) => a - b));

    // The member served twice the retention ago can still answer that open task.
    const answer = await core.answers.submit({ memberId: m, taskId: openOld, choice: 'dog' });
    expect(answer.outcome).toBe('accepted');
  });

  it('runs as a job under its lock and reports what it deleted', async () => {
    await core.ds.query(`INSERT INTO job_run (job, outcome, started_at, finished_at) VALUES ('often', 'ok', $1, $1)`, [ago(30)]);
    expect(await core.jobRuns.run(pruneJob.name, () => pruneJob.run(core))).toBe('ok');
    const [last] = (await core.jobRuns.lastRuns()).filter((r) => r.job === 'prune');
    expect(last!.detail).toBe('deleted 1 job runs, 0 link challenges, 0 serve records, 0 conversations, 0 answer-limit rows');
  });
});

describe(`the prune job and the answer limit's rows on ${engine}`, () => {
  const LIMIT = 2;
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore({ ANSWERS_PER_MINUTE: String(LIMIT) });
  });
  afterAll(async () => {
    await core.cleanup();
  });

  /** Sets a member's answer-limit row to answer times `secondsAgo` before the database's now (its clock is the limit's). */
  const rateRow = (memberId: number, secondsAgo: number[]) =>
    core.ds.query(
      `INSERT INTO answer_rate (member_id, recent)
       SELECT $1, array_agg(now() - make_interval(secs => s) ORDER BY s DESC) FROM unnest($2::float8[]) s
       ON CONFLICT (member_id) DO UPDATE SET recent = excluded.recent`,
      [memberId, secondsAgo],
    );
  const rateRows = async (): Promise<Map<number, number>> =>
    new Map((await core.ds.query(`SELECT member_id, cardinality(recent) AS n FROM answer_rate`)).map((r: { member_id: number; n: number }) => [r.member_id, r.n]));
  const tasksOf = async (c: number): Promise<number[]> => (await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id`, [c])).map((t: { id: number }) => t.id);

  it('deletes the rows of members whose last answer is past the keep, and keeps every row with a later one', async () => {
    const keep = ANSWER_RATE_KEEP_SECONDS;
    const longGone = await member(core, 'rate-long-gone');
    const justPast = await member(core, 'rate-just-past');
    const oneInKeep = await member(core, 'rate-one-in-keep');
    const live = await member(core, 'rate-live');
    await rateRow(longGone, [3 * keep, 2 * keep]);
    await rateRow(justPast, [keep + 60]);
    await rateRow(oneInKeep, [2 * keep, keep - 60]);
    await rateRow(live, [10]); // inside the limit's minute: what it counts now

    expect((await core.prune.run()).answerRates).toBe(2);
    const left = await rateRows();
    expect([longGone, justPast, oneInKeep, live].map((m) => left.get(m))).toEqual([undefined, undefined, 2, 1]);
  });

  it('still limits a member whose row was kept, and a member whose row went answers afresh', async () => {
    const [t1, t2, t3, t4] = await tasksOf(await activeCampaign(core, { items: 4 }));
    const busy = await member(core, 'rate-busy');
    const back = await member(core, 'rate-back');
    for (const t of [t1!, t2!]) expect((await submitServed(core, { memberId: busy, taskId: t, choice: 'cat' })).outcome).toBe('accepted');
    await rateRow(back, [2 * ANSWER_RATE_KEEP_SECONDS]);

    await core.prune.run();
    expect((await rateRows()).get(busy)).toBe(LIMIT);
    expect((await rateRows()).has(back)).toBe(false);
    const over = await submitServed(core, { memberId: busy, taskId: t3!, choice: 'cat' });
    expect(over.outcome === 'rejected' && over.error.code).toBe('answer.rate_limited');
    expect((await submitServed(core, { memberId: back, taskId: t4!, choice: 'dog' })).outcome).toBe('accepted');
    expect((await rateRows()).get(back)).toBe(1);
  });

  // Two connections at once: PostgreSQL only (an embedded PGlite has one).
  (engine === 'postgres' ? it : it.skip)('leaves a stale row an answer holds locked, and the answer keeps its time in it', async () => {
    const m = await member(core, 'rate-racing');
    const [t] = await tasksOf(await activeCampaign(core, { items: 1 }));
    await serve(core, m, t!);
    await rateRow(m, [2 * ANSWER_RATE_KEEP_SECONDS]);
    const answer = core.ds.createQueryRunner();
    await answer.connect();
    try {
      // What the record statement's upsert does to the row, under its lock, left uncommitted.
      await answer.startTransaction();
      await answer.query(`UPDATE answer_rate SET recent = recent || now() WHERE member_id = $1`, [m]);
      // The prune skips the locked row rather than wait for it or delete it under the answer.
      expect((await core.prune.run()).answerRates).toBe(0);
      await answer.commitTransaction();
    } finally {
      await answer.release();
    }
    expect((await rateRows()).get(m)).toBe(2);
    // Committed, the row holds a fresh time: no longer stale.
    expect((await core.prune.run()).answerRates).toBe(0);
    expect((await rateRows()).get(m)).toBe(2);
  });
});
