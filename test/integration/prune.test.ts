import { pruneJob } from '../../jobs/prune.job';
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
    expect(last!.detail).toBe('deleted 1 job runs, 0 link challenges, 0 serve records, 0 conversations');
  });
});
