import { JobRunService } from '../../core/jobs/job-run.service';
import { createLogger } from '../../core';
import { closeFinishedCampaignsJob } from '../../jobs/close-finished-campaigns.job';
import { scoringSweepJob } from '../../jobs/scoring-sweep.job';
import { contributionPayJob } from '../../jobs/contribution-pay.job';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Readable } from 'node:stream';
import { serve } from '../helpers/serve';
import { activeCampaign, createTestCore, engine, member, postgresDataSource, type TestCore } from '../helpers/test-core';
import { submitServed } from '../helpers/serve';

describe(`jobs on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore();
  });
  afterAll(async () => {
    await core.cleanup();
  });

  it('records a successful run and a failed run with its reason', async () => {
    expect(await core.jobRuns.run('demo-ok', async () => 'did 3 things')).toBe('ok');
    expect(await core.jobRuns.run('demo-fail', async () => Promise.reject(new Error('rpc down')))).toBe('failed');
    const last = await core.jobRuns.lastRuns();
    expect(last.find((r) => r.job === 'demo-ok')).toMatchObject({ outcome: 'ok', detail: 'did 3 things' });
    expect(last.find((r) => r.job === 'demo-fail')).toMatchObject({ outcome: 'failed', detail: 'rpc down' });
    expect(last.every((r) => r.finishedAt !== null)).toBe(true);
  });

  it('skips a fire while the same job is still running', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const first = core.jobRuns.run('slow', () => gate);
    expect(await core.jobRuns.run('slow', async () => 'second')).toBe('skipped');
    release();
    expect(await first).toBe('ok');
  });

  (engine === 'postgres' ? it : it.skip)('lets only one replica run a job at a time (advisory lock)', async () => {
    const url = (core.ds.options as { url: string }).url;
    const other = postgresDataSource(url);
    await other.initialize();
    try {
      const replica = new JobRunService(other, createLogger({ level: 'error', write: () => undefined }));
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let entered!: () => void;
      const inside = new Promise<void>((r) => (entered = r));
      const first = core.jobRuns.run('mint', async () => {
        entered();
        await gate;
      });
      await inside;
      expect(await replica.run('mint', async () => 'replica')).toBe('skipped');
      release();
      expect(await first).toBe('ok');
      expect(await replica.run('mint', async () => 'replica')).toBe('ok');
    } finally {
      await other.destroy();
    }
  });

  (engine === 'postgres' ? it : it.skip)('runs as many jobs at once as fire, on a pool smaller than their number', async () => {
    // The locks take connections of their own: held from the pool, two jobs on a pool of two
    // took both connections and each waited for good on a third (the chaos test met it).
    const small = postgresDataSource((core.ds.options as { url: string }).url, 2);
    await small.initialize();
    try {
      const runner = new JobRunService(small, createLogger({ level: 'error', write: () => undefined }));
      const jobs = ['pool-a', 'pool-b', 'pool-c'].map((name) => runner.run(name, async () => void (await small.query(`SELECT pg_sleep(0.05)`))));
      const timedOut = new Promise<string>((resolve) => setTimeout(() => resolve('still waiting after 20 s'), 20_000).unref());
      expect(await Promise.race([Promise.all(jobs), timedOut])).toEqual(['ok', 'ok', 'ok']);
    } finally {
      await small.destroy();
    }
  });

  (engine === 'postgres' ? it : it.skip)('never runs one job on two runners at once, behind PgBouncer in transaction mode too', async () => {
    // DATABASE_URL may be a PgBouncer in transaction mode (.ci/run): there a lock that lived in
    // the session would stay on a server connection the other runner's next statement gets.
    const url = (core.ds.options as { url: string }).url;
    const other = postgresDataSource(url);
    await other.initialize();
    try {
      const runners = [core.jobRuns, new JobRunService(other, createLogger({ level: 'error', write: () => undefined }))];
      let inside = 0;
      let most = 0;
      let ran = 0;
      const work = async () => {
        inside += 1;
        most = Math.max(most, inside);
        ran += 1;
        // Statements on other connections while the lock is held move the pooler's server connections around.
        await Promise.all([core.ds.query(`SELECT pg_sleep(0.005)`), other.query(`SELECT 1`)]);
        inside -= 1;
      };
      const outcomes = await Promise.all(
        runners.map(async (r) => {
          const out: string[] = [];
          for (let i = 0; i < 25; i++) out.push(await r.run('contended', work));
          return out;
        }),
      );
      expect(most).toBe(1);
      expect(outcomes.flat().filter((o) => o === 'ok')).toHaveLength(ran);
      expect(outcomes.flat().filter((o) => o !== 'ok' && o !== 'skipped')).toEqual([]);

      // While one runner is inside, every try of the other is skipped, however the connections turn.
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let entered!: () => void;
      const entry = new Promise<void>((r) => (entered = r));
      const held = runners[0]!.run('contended', async () => {
        entered();
        await gate;
      });
      await entry;
      const tries: string[] = [];
      for (let i = 0; i < 20; i++) {
        await Promise.all([core.ds.query(`SELECT 1`), other.query(`SELECT 1`)]);
        tries.push(await runners[1]!.run('contended', async () => 'both inside'));
      }
      release();
      expect(await held).toBe('ok');
      expect(tries).toEqual(Array(20).fill('skipped'));
    } finally {
      await other.destroy();
    }
  });

  (engine === 'postgres' ? it : it.skip)('frees the lock of a runner killed with SIGKILL in the middle of a run', async () => {
    const url = (core.ds.options as { url: string }).url;
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, JOB: 'killed-runner' };
    // Jest runs under --experimental-vm-modules; the child is a plain tsx process.
    delete env.NODE_OPTIONS;
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/integration/fixtures/job-lock-child.ts'], {
      cwd: path.resolve(__dirname, '../..'),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('inside') && resolve());
      child.once('exit', () => reject(new Error(`the runner exited before taking the lock: ${stderr}`)));
    });
    expect(await core.jobRuns.run('killed-runner', async () => 'while the other holds it')).toBe('skipped');
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    // The server (or the pooler in front of it) notices the closed connection on its own time.
    let outcome = 'skipped';
    for (let i = 0; i < 100 && outcome === 'skipped'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      outcome = await core.jobRuns.run('killed-runner', async () => 'after the kill');
    }
    expect(outcome).toBe('ok');
  });

  it('closes a campaign once every regular task is final, and leaves others alone', async () => {
    const done = await activeCampaign(core, { items: 1, def: { answersPerTask: 1, maxAnswersPerTask: 1 } });
    const busy = await activeCampaign(core, { items: 2, def: { answersPerTask: 1, maxAnswersPerTask: 1 } });
    const [t] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1`, [done]);
    await submitServed(core, { memberId: await member(core, 'closer'), taskId: t.id, choice: 'cat' });
    const detail = await closeFinishedCampaignsJob.run(core);
    expect(detail).toBe(`closed #${done}`);
    expect((await core.campaigns.get(done)).status).toBe('closed');
    expect((await core.campaigns.get(busy)).status).toBe('active');
  });

  it('pays a contribution once its check is decided, once', async () => {
    const job = contributionPayJob('* * * * *');
    const c = await core.campaigns.create(
      { name: 'Captions', kind: 'contribute', question: 'Write a caption.', reward: '5', budget: '100', answersPerTask: 1, checkQuestion: 'Is this a good caption?', checkReward: '1', checkBudget: '100', checkAnswersPerTask: 3, consensusMode: 'majority', minEvidence: 0 },
      null,
    );
    await core.campaigns.importItems(c.id, Readable.from([JSON.stringify({ id: 'p1', prompt: 'A red ball' }) + '\n']), 'jsonl');
    await core.campaigns.transition(c.id, 'activate');
    const [{ id: taskId }] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1`, [c.id]);
    const author = await member(core, 'job-author');
    await serve(core, author, taskId);
    const r = await core.contributions.submit({ memberId: author, taskId, text: 'A ball on the grass, bright red' });
    if (r.outcome !== 'accepted') throw new Error(`contribution ${r.outcome}`);
    expect(await job.run(core)).toBe('no decided contribution to pay');
    for (const name of ['job-check-1', 'job-check-2', 'job-check-3']) {
      await submitServed(core, { memberId: await member(core, name), taskId: r.contribution.checkTaskId!, choice: 'accept' });
    }
    expect(await job.run(core)).toBe('paid 1, withheld 0 contribution');
    expect(await job.run(core)).toBe('no decided contribution to pay');
    const [row] = await core.ds.query(`SELECT rule, status FROM reward_ledger WHERE answer_id = $1`, [r.contribution.answerId]);
    expect(row).toEqual({ rule: 'contribution.accepted', status: 'pending' });
  });

  it('scores answers a crash left unscored, once', async () => {
    const c = await activeCampaign(core, { items: 1, gold: [{ key: 'g', label: 'dog' }], def: { answersPerTask: 2, maxAnswersPerTask: 2 } });
    const [task] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND gold_label IS NULL`, [c]);
    const [gold] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND gold_label IS NOT NULL`, [c]);
    // What a process that died right after recording answers leaves behind.
    for (const [name, taskId, choice] of [['sw-a', task.id, 'cat'], ['sw-b', task.id, 'cat'], ['sw-c', gold.id, 'bird']] as const) {
      await core.ds.query(`INSERT INTO answer (task_id, member_id, campaign_id, choice) VALUES ($1, $2, $3, $4)`, [taskId, await member(core, name), c, choice]);
      await core.ds.query(`UPDATE task SET answer_count = answer_count + 1 WHERE id = $1`, [taskId]);
    }
    // The gold answer waits for the scoring round, like any answer whose task is not decided.
    expect(await scoringSweepJob.run(core)).toBe('scored 1 task');
    const rows = await core.ds.query(
      `SELECT r.rule, r.status FROM reward_ledger r JOIN answer a ON a.id = r.answer_id WHERE a.campaign_id = $1 ORDER BY a.id`,
      [c],
    );
    expect(rows).toEqual([
      { rule: 'majority.match', status: 'pending' },
      { rule: 'majority.match', status: 'pending' },
    ]);
    expect((await core.assignment.card(task.id)).status).toBe('final');
    expect(await scoringSweepJob.run(core)).toBe('nothing to score');
  });
});
