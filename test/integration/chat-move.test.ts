import { Readable } from 'node:stream';
import type { Core } from '../../core';
import { createTestCore, engine, testCommunity, type TestCore } from '../helpers/test-core';

async function postedCampaign(core: Core, chatIds: string[]): Promise<number> {
  const c = await core.campaigns.create({ name: 'Moving', kind: 'label', question: 'Cat or dog?', options: ['cat', 'dog'], reward: '1', budget: '100', answersPerTask: 3, chatIds }, null);
  await core.campaigns.importItems(c.id, Readable.from(['id,text\nm1,one\nm2,two\n']), 'csv');
  await core.campaigns.transition(c.id, 'activate');
  return c.id;
}

describe(`moving a chat to a new id on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore();
  });
  afterAll(async () => {
    await core.cleanup();
  });

  const moves = async (): Promise<number> => (await core.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'community.move_chat'`))[0].n;

  it('moves an unregistered chat\'s campaigns and pace, closes its cards, and a second report changes nothing', async () => {
    const id = await postedCampaign(core, ['telegram:-5101', 'telegram:-5199']);
    await core.posts.setPace('telegram:-5101', 4);
    const reserved = await core.posts.reserve('telegram:-5101');
    expect(reserved.length).toBe(2);
    const before = await moves();
    const input = { platform: 'telegram' as const, from: '-5101', to: '-1005101', reportedBy: 'telegram:42' };
    expect(await core.communities.moveChat(input)).toEqual({ communityId: null, campaigns: 1, pace: true, cardsClosed: 2 });
    expect((await core.campaigns.get(id)).chatIds.sort()).toEqual(['telegram:-1005101', 'telegram:-5199']);
    expect(await core.posts.pace('telegram:-1005101')).toEqual({ openCards: 4, refillBelow: 4 });
    // The tasks were shown in the old chat only: the new one gets them as fresh cards.
    expect((await core.posts.reserve('telegram:-1005101')).map((c) => c.taskId).sort()).toEqual(reserved.map((c) => c.taskId).sort());
    expect(await moves()).toBe(before + 1);
    expect(await core.communities.moveChat(input)).toEqual({ communityId: null, campaigns: 0, pace: false, cardsClosed: 0 });
    expect(await moves()).toBe(before + 1);
  });

  it('leaves a community in place when the new id is registered already, and never lists a chat twice', async () => {
    const old = await testCommunity(core, 'telegram', '-5201', 0n);
    const taken = await testCommunity(core, 'telegram', '-1005201', 0n);
    const id = await postedCampaign(core, ['telegram:-5201', 'telegram:-1005201']);
    await core.posts.setPace('telegram:-5201', 2);
    await core.posts.setPace('telegram:-1005201', 5);
    const moved = await core.communities.moveChat({ platform: 'telegram', from: '-5201', to: '-1005201', reportedBy: 'telegram' });
    expect(moved).toEqual({ communityId: null, campaigns: 1, pace: false, cardsClosed: 0 });
    expect((await core.communities.get(old)).platformChatId).toBe('-5201');
    expect((await core.communities.get(taken)).platformChatId).toBe('-1005201');
    expect((await core.campaigns.get(id)).chatIds).toEqual(['telegram:-1005201']);
    expect(await core.posts.pace('telegram:-1005201')).toEqual({ openCards: 5, refillBelow: 5 });
  });

  it.each([
    ['the same id', '-5301', '-5301'],
    ['an id that is not a number', '-5301', 'abc'],
  ])('refuses a move to %s, changing nothing', async (_name, from, to) => {
    const before = await moves();
    await expect(core.communities.moveChat({ platform: 'telegram', from, to, reportedBy: 'telegram' })).rejects.toMatchObject({ code: 'community.invalid' });
    expect(await moves()).toBe(before);
  });
});
