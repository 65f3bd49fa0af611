import { ConversationService } from '../../core/conversations/conversation.service';
import { pruneJob } from '../../jobs/prune.job';
import { createTestCore, engine, type TestCore } from '../helpers/test-core';

describe(`conversations in progress, on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore();
  });
  afterAll(async () => {
    await core.cleanup();
  });

  const wizard = { step: 'options', definition: { name: 'Pets & <friends>', kind: 'label', question: 'Which?' } };

  it('keeps a state per chat and user, for any service over the same database (another replica)', async () => {
    const replicaA = core.conversations;
    const replicaB = new ConversationService(core.ds);
    await replicaA.set({ chat: 'telegram:-100', user: '7' }, wizard);
    await replicaA.set({ chat: 'telegram:7', user: '7' }, { step: 'name', definition: {} });
    expect(await replicaB.get({ chat: 'telegram:-100', user: '7' })).toEqual(wizard);
    expect(await replicaB.get({ chat: 'telegram:7', user: '7' })).toEqual({ step: 'name', definition: {} });
    expect(await replicaB.get({ chat: 'telegram:-100', user: '8' })).toBeUndefined();

    // The next step, taken on the other replica, replaces the state.
    await replicaB.set({ chat: 'telegram:-100', user: '7' }, { ...wizard, step: 'reward' });
    expect(await replicaA.get({ chat: 'telegram:-100', user: '7' })).toEqual({ ...wizard, step: 'reward' });
    const [{ n }] = await core.ds.query(`SELECT count(*)::int AS n FROM conversation WHERE chat_key = 'telegram:-100'`);
    expect(n).toBe(1);

    await replicaA.set({ chat: 'telegram:-100', user: '7' }, undefined);
    expect(await replicaB.get({ chat: 'telegram:-100', user: '7' })).toBeUndefined();
  });

  it('forgets a state past its idle time, and the prune job deletes it', async () => {
    const expired = new ConversationService(core.ds, -1000);
    await expired.set({ chat: 'telegram:9', user: '9' }, wizard);
    expect(await core.conversations.get({ chat: 'telegram:9', user: '9' })).toBeUndefined();
    await core.conversations.set({ chat: 'telegram:10', user: '10' }, wizard);
    expect(await pruneJob.run(core)).toContain(', 1 conversations');
    expect(await pruneJob.run(core)).toContain(', 0 conversations');
    const keys = (await core.ds.query(`SELECT chat_key FROM conversation ORDER BY 1`)).map((r: { chat_key: string }) => r.chat_key);
    expect(keys).toContain('telegram:10');
    expect(keys).not.toContain('telegram:9');
  });

  it('refuses a state too large to be a conversation, and keeps the one it had', async () => {
    await core.conversations.set({ chat: 'telegram:11', user: '11' }, wizard);
    await expect(core.conversations.set({ chat: 'telegram:11', user: '11' }, { step: 'x', definition: { blob: 'x'.repeat(20_000) } })).rejects.toThrow(RangeError);
    expect(await core.conversations.get({ chat: 'telegram:11', user: '11' })).toEqual(wizard);
  });
});
