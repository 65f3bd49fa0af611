import { CampaignBudgetFillfactor1765400006000 } from '../../migrations/1765400006000-CampaignBudgetFillfactor';
import { createTestCore, engine, type TestCore } from '../helpers/test-core';

describe(`campaign_budget storage on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore();
  });
  afterAll(async () => {
    await core.cleanup();
  });

  async function options(): Promise<string[]> {
    const [{ reloptions }] = await core.ds.query(`SELECT reloptions FROM pg_class WHERE relname = 'campaign_budget' AND relkind = 'r'`);
    return [...(reloptions ?? [])].sort();
  }

  const expected = ['autovacuum_vacuum_scale_factor=0', 'autovacuum_vacuum_threshold=1000', 'fillfactor=50'];

  it('leaves campaign_budget half-empty pages and eager autovacuum after the migrations', async () => {
    expect(await options()).toEqual(expected);
  });

  it('applies the settings again on a database that already has them', async () => {
    const runner = core.ds.createQueryRunner();
    try {
      await new CampaignBudgetFillfactor1765400006000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await options()).toEqual(expected);
  });
});
