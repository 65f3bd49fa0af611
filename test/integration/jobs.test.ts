import { JobRunService } from '../../core/jobs/job-run.service';
import { createLogger } from '../../core';
import { createDataSource } from '../../ormconfig';
import { closeFinishedCampaignsJob } from '../../jobs/close-finished-campaigns.job';
import { activeCampaign, createTestCore, engine, member, type TestCore } from '../helpers/test-core';

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
    const other = createDataSource({ databaseUrl: url });
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

  it('closes a campaign once every regular task is final, and leaves others alone', async () => {
    const done = await activeCampaign(core, { items: 1, def: { answersPerTask: 1, maxAnswersPerTask: 1 } });
    const busy = await activeCampaign(core, { items: 2, def: { answersPerTask: 1, maxAnswersPerTask: 1 } });
    const [t] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1`, [done]);
    await core.answers.submit({ memberId: await member(core, 'closer'), taskId: t.id, choice: 'cat' });
    const detail = await closeFinishedCampaignsJob.run(core);
    expect(detail).toBe(`closed #${done}`);
    expect((await core.campaigns.get(done)).status).toBe('closed');
    expect((await core.campaigns.get(busy)).status).toBe('active');
  });
});
