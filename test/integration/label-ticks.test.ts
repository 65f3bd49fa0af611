import { Readable } from 'node:stream';
import { isDomainError } from '../../core';
import { ConversationService } from '../../core/conversations/conversation.service';
import { LabelTicksService } from '../../core/answers/label-ticks.service';
import { campaignWithItems, createTestCore, engine, member, type TestCore } from '../helpers/test-core';

describe(`multi-label ticks before Done, on ${engine}`, () => {
  let core: TestCore;
  let taskId: number;
  let labelTaskId: number;

  beforeAll(async () => {
    core = await createTestCore();
    const c = await core.campaigns.create(
      { name: 'Tags', kind: 'multilabel', question: 'Tick every animal you see', options: ['cat', 'dog', { id: 'bird', label: 'Bird' }], reward: '10', budget: '1000', answersPerTask: 3, minEvidence: 0 },
      null,
    );
    await core.campaigns.importItems(c.id, Readable.from(['id,text\ni1,a cat and a bird\n']), 'csv');
    await core.campaigns.transition(c.id, 'activate');
    [{ id: taskId }] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1`, [c.id]);
    const label = await campaignWithItems(core, ['a dog']);
    [{ id: labelTaskId }] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1`, [label]);
  });
  afterAll(async () => {
    await core.cleanup();
  });

  const codeOf = (p: Promise<unknown>): Promise<string> =>
    p.then(
      () => 'resolved',
      (e: unknown) => (isDomainError(e) ? e.code : String(e)),
    );

  it('toggles labels into a canonical set in the campaign order, per member, seen by another replica', async () => {
    const ann = await member(core, 'ann');
    const bob = await member(core, 'bob');
    expect((await core.labelTicks.toggle(ann, taskId, 2)).choice).toBe('bird');
    const both = await core.labelTicks.toggle(ann, taskId, 0);
    expect(both.choice).toBe('cat|bird');
    expect(both.ticked.map((o) => o.label)).toEqual(['cat', 'Bird']);
    // Bob's ticks are his own.
    expect((await core.labelTicks.ticked(bob, taskId)).choice).toBe('');

    const replica = new LabelTicksService(core.ds, new ConversationService(core.ds));
    expect((await replica.toggle(ann, taskId, 2)).choice).toBe('cat');
    expect((await core.labelTicks.ticked(ann, taskId)).choice).toBe('cat');
    await replica.clear(ann, taskId);
    expect((await core.labelTicks.ticked(ann, taskId)).choice).toBe('');
  });

  it('counts every one of concurrent presses (each toggle sees the one before)', async () => {
    const cid = await member(core, 'cid');
    const replicas = [core.labelTicks, new LabelTicksService(core.ds, new ConversationService(core.ds))];
    await Promise.all([0, 1, 2].map((i) => replicas[i % 2]!.toggle(cid, taskId, i)));
    expect((await core.labelTicks.ticked(cid, taskId)).choice).toBe('cat|dog|bird');
  });

  it('refuses forged presses and changes nothing', async () => {
    const dan = await member(core, 'dan');
    await core.labelTicks.toggle(dan, taskId, 1);
    expect(await codeOf(core.labelTicks.toggle(dan, taskId, 3))).toBe('answer.invalid_option');
    expect(await codeOf(core.labelTicks.toggle(dan, taskId, -1))).toBe('answer.invalid_option');
    expect(await codeOf(core.labelTicks.toggle(dan, labelTaskId, 0))).toBe('answer.invalid_option');
    expect(await codeOf(core.labelTicks.ticked(dan, labelTaskId))).toBe('answer.invalid_option');
    expect(await codeOf(core.labelTicks.toggle(dan, 2 ** 31 - 1, 0))).toBe('task.not_found');
    expect((await core.labelTicks.ticked(dan, taskId)).choice).toBe('dog');
    const [{ n }] = await core.ds.query(`SELECT count(*)::int AS n FROM conversation WHERE chat_key = $1`, [`ticks:${labelTaskId}`]);
    expect(n).toBe(0);
  });

  it('forgets ticks past the idle time', async () => {
    const eve = await member(core, 'eve');
    const stale = new LabelTicksService(core.ds, new ConversationService(core.ds, -1000));
    await stale.toggle(eve, taskId, 0);
    expect((await core.labelTicks.ticked(eve, taskId)).choice).toBe('');
  });
});
