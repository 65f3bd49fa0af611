import { CLI_ACTOR, createWithItems, type AuditedBy } from '../../core';
import { definition, file, taskCount, textStream } from '../helpers/fixtures';
import { createTestCore, engine, testCommunity, type TestCore } from '../helpers/test-core';

describe(`a campaign created with its items on ${engine}`, () => {
  let core: TestCore;
  const by: AuditedBy = { actorMemberId: null, actor: CLI_ACTOR.identity };
  beforeAll(async () => {
    core = await createTestCore();
  });
  afterAll(async () => {
    await core.cleanup();
  });

  const campaignCount = async (): Promise<number> => Number((await core.ds.query(`SELECT count(*)::int AS n FROM campaign`))[0].n);
  const reserved = async (communityId: number): Promise<bigint> => (await core.communities.get(communityId)).reserved;

  it('creates the draft and imports its items', async () => {
    const r = await createWithItems(core.campaigns, () => core.campaigns.create(definition(), null, { by }), { input: textStream(file('id,text,gold', 'a,one,', 'b,two,cat')), format: 'csv' }, by);
    if (r.outcome !== 'created') throw new Error(`refused: ${r.error.code}`);
    expect(r.campaign.status).toBe('draft');
    expect(r.imported).toEqual({ imported: 2, gold: 1 });
    expect(await taskCount(core, r.campaign.id)).toBe(2);
  });

  it('removes the draft again when its items are refused, and gives its budget back to the community', async () => {
    const communityId = await testCommunity(core, 'telegram', '-7001');
    const before = await campaignCount();
    const r = await createWithItems(
      core.campaigns,
      () => core.campaigns.create(definition(), null, { communityId, by }),
      { input: textStream(file('id,text', 'a,')), format: 'csv' },
      by,
    );
    expect(r).toMatchObject({ outcome: 'refused', stage: 'import', error: { code: 'campaign.import_invalid' } });
    expect(await campaignCount()).toBe(before);
    expect(await reserved(communityId)).toBe(0n);
  });

  it('writes nothing and closes the stream when the draft itself is refused', async () => {
    const before = await campaignCount();
    const input = textStream(file('id,text', 'a,one'));
    const r = await createWithItems(core.campaigns, () => core.campaigns.create(definition({ budget: 'lots' }), null, { by }), { input, format: 'csv' }, by);
    expect(r).toMatchObject({ outcome: 'refused', stage: 'create', error: { code: 'campaign.invalid_definition' } });
    expect(input.destroyed).toBe(true);
    expect(await campaignCount()).toBe(before);
  });

  it('throws a failure that is not a broken rule, after removing the draft', async () => {
    const before = await campaignCount();
    // A database that fails mid-import: the real discard runs after it.
    const failing = { importItems: () => Promise.reject(new Error('connection reset')), discardEmptyDraft: core.campaigns.discardEmptyDraft.bind(core.campaigns) };
    const input = textStream(file('id,text', 'a,one'));
    await expect(createWithItems(failing, () => core.campaigns.create(definition(), null, { by }), { input, format: 'csv' }, by)).rejects.toThrow('connection reset');
    expect(input.destroyed).toBe(true);
    expect(await campaignCount()).toBe(before);
  });
});
