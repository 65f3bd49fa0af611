import { Readable } from 'node:stream';
import { ONE_TNET } from '../../core';
import { definition, domainError, draftCampaign, file, textStream } from '../helpers/fixtures';
import { activeCampaign, createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { submitServed } from '../helpers/serve';
import { problemTexts } from '../helpers/problems';

describe(`campaigns on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore();
  });
  afterAll(async () => {
    await core.cleanup();
  });

  async function problemsOf(def: Record<string, unknown>): Promise<string[]> {
    const e = await domainError(core.campaigns.create(def, null), 'campaign.invalid_definition');
    return problemTexts(e.details.problems);
  }

  async function campaignCount(): Promise<number> {
    const [{ n }] = await core.ds.query(`SELECT count(*)::int AS n FROM campaign`);
    return n;
  }

  describe('creating from a definition', () => {
    it('creates a draft campaign with the defaults filled in', async () => {
      const creator = await member(core, 'creator');
      const c = await core.campaigns.create(
        { name: '  Pets  ', kind: 'label', question: 'Which pet?', options: ['cat', { id: 'dog', label: 'A dog' }], reward: '1', budget: '100' },
        creator,
      );
      expect(c.status).toBe('draft');
      expect(c.name).toBe('Pets');
      expect(c.createdBy).toBe(creator);
      const stored = await core.campaigns.get(c.id);
      expect(stored).toMatchObject({
        name: 'Pets',
        kind: 'label',
        question: 'Which pet?',
        options: [
          { id: 'cat', label: 'cat' },
          { id: 'dog', label: 'A dog' },
        ],
        answersPerTask: 3,
        maxAnswersPerTask: 5,
        targetConfidence: 0.9,
        goldShare: 0,
        consensusMode: 'dawid_skene',
        baselineModel: null,
        chatIds: [],
        spent: 0n,
        status: 'draft',
      });
    });

    it('gives a check campaign correct/wrong options when none are named', async () => {
      const c = await core.campaigns.create(definition({ kind: 'check', options: undefined }), null);
      expect((await core.campaigns.get(c.id)).options).toEqual([
        { id: 'correct', label: 'Correct' },
        { id: 'wrong', label: 'Wrong' },
      ]);
    });

    it('stores money exactly as bigint base units', async () => {
      const c = await core.campaigns.create(definition({ reward: '0.5', budget: '1000000.000000000000000001' }), null);
      const stored = await core.campaigns.get(c.id);
      expect(stored.rewardPerAnswer).toBe(5n * 10n ** 17n);
      expect(stored.budget).toBe(1_000_000n * ONE_TNET + 1n);
      expect(stored.spent).toBe(0n);
      const [raw] = await core.ds.query(`SELECT c.reward_per_answer::text AS reward, b.budget::text AS budget FROM campaign c JOIN campaign_budget b ON b.campaign_id = c.id WHERE c.id = $1`, [c.id]);
      expect(raw).toEqual({ reward: '500000000000000000', budget: '1000000000000000000000001' });
    });

    it('accepts a whole number of TNET given as a number', async () => {
      const c = await core.campaigns.create(definition({ reward: 3, budget: 30 }), null);
      const stored = await core.campaigns.get(c.id);
      expect(stored.rewardPerAnswer).toBe(3n * ONE_TNET);
      expect(stored.budget).toBe(30n * ONE_TNET);
    });

    it('refuses a label campaign without options and stores nothing', async () => {
      const before = await campaignCount();
      expect(await problemsOf(definition({ options: undefined }))).toEqual(['options: required for label and vote campaigns']);
      expect(await problemsOf(definition({ kind: 'vote', options: undefined }))).toEqual(['options: required for label and vote campaigns']);
      expect(await campaignCount()).toBe(before);
    });

    it('refuses duplicate option ids', async () => {
      expect(await problemsOf(definition({ options: ['cat', 'dog', { id: 'cat', label: 'Kitty' }] }))).toEqual(['options: ids must be unique']);
    });

    it('refuses a reward larger than the budget', async () => {
      expect(await problemsOf(definition({ reward: '10', budget: '9.999999999999999999' }))).toEqual(['budget: must cover at least one reward']);
    });

    it('lists every rule broken at once', async () => {
      const problems = await problemsOf(definition({ options: undefined, reward: '5', budget: '1', answersPerTask: 4, maxAnswersPerTask: 2 }));
      expect(problems).toHaveLength(3);
      expect(problems).toEqual(
        expect.arrayContaining([
          'options: required for label and vote campaigns',
          'maxAnswersPerTask: must be at least answersPerTask',
          'budget: must cover at least one reward',
        ]),
      );
    });

    it.each([['1e5'], ['-1'], ['0.1234567890123456789'], ['ten'], [''], ['1,5']])('refuses the amount %p', async (amount) => {
      const problems = await problemsOf(definition({ reward: amount }));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^reward: /);
    });

    it('refuses a negative or fractional number as an amount', async () => {
      expect((await problemsOf(definition({ budget: -1 })))[0]).toMatch(/^budget: /);
      expect((await problemsOf(definition({ budget: 1.5 })))[0]).toMatch(/^budget: /);
    });

    it('refuses an unknown key and names it', async () => {
      const problems = await problemsOf(definition({ rewrd: '10' }));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain('rewrd');
    });

    it('refuses a definition that is not an object', async () => {
      expect(await problemsOf(null as unknown as Record<string, unknown>)).toHaveLength(1);
    });
  });

  describe('moving through its states', () => {
    it('refuses to activate a campaign without items', async () => {
      const c = await draftCampaign(core);
      await domainError(core.campaigns.transition(c, 'activate'), 'campaign.no_items');
      expect((await core.campaigns.get(c)).status).toBe('draft');
    });

    it('refuses to activate a campaign that has only gold items', async () => {
      const c = await draftCampaign(core);
      await core.campaigns.importItems(c, textStream(file('id,text,gold', 'g1,known,cat')), 'csv');
      await domainError(core.campaigns.transition(c, 'activate'), 'campaign.no_items');
      expect((await core.campaigns.get(c)).status).toBe('draft');
    });

    it('goes draft -> active -> paused -> active -> closed', async () => {
      const c = await draftCampaign(core);
      await core.campaigns.importItems(c, textStream(file('text', 'one', 'two')), 'csv');
      expect((await core.campaigns.transition(c, 'activate')).status).toBe('active');
      expect((await core.campaigns.transition(c, 'pause')).status).toBe('paused');
      expect((await core.campaigns.transition(c, 'resume')).status).toBe('active');
      expect((await core.campaigns.transition(c, 'close')).status).toBe('closed');
      expect((await core.campaigns.get(c)).status).toBe('closed');
    });

    it('closes a draft and a paused campaign', async () => {
      const draft = await draftCampaign(core);
      expect((await core.campaigns.transition(draft, 'close')).status).toBe('closed');
      const paused = await activeCampaign(core);
      await core.campaigns.transition(paused, 'pause');
      expect((await core.campaigns.transition(paused, 'close')).status).toBe('closed');
    });

    it('refuses transitions that skip or leave a state the wrong way, and keeps the status', async () => {
      const draft = await draftCampaign(core);
      for (const action of ['pause', 'resume'] as const) {
        const e = await domainError(core.campaigns.transition(draft, action), 'campaign.invalid_transition');
        expect(e.details).toMatchObject({ campaignId: draft, from: 'draft' });
      }
      const active = await activeCampaign(core);
      for (const action of ['activate', 'resume'] as const) {
        await domainError(core.campaigns.transition(active, action), 'campaign.invalid_transition');
      }
      await core.campaigns.transition(active, 'pause');
      for (const action of ['activate', 'pause'] as const) {
        await domainError(core.campaigns.transition(active, action), 'campaign.invalid_transition');
      }
      await core.campaigns.transition(active, 'close');
      for (const action of ['activate', 'pause', 'resume', 'close'] as const) {
        const e = await domainError(core.campaigns.transition(active, action), 'campaign.invalid_transition');
        expect(e.details.from).toBe('closed');
      }
      expect((await core.campaigns.get(draft)).status).toBe('draft');
      expect((await core.campaigns.get(active)).status).toBe('closed');
    });

    it('names an unknown campaign', async () => {
      await domainError(core.campaigns.transition(999_999, 'activate'), 'campaign.not_found');
      await domainError(core.campaigns.get(999_999), 'campaign.not_found');
    });
  });

  describe('posting to chats', () => {
    it('adds a chat once however often it is posted', async () => {
      const c = await draftCampaign(core, { chatIds: ['discord:42'] });
      await core.campaigns.postTo(c, 'telegram:-100123');
      const again = await core.campaigns.postTo(c, 'telegram:-100123');
      expect(again.chatIds).toEqual(['discord:42', 'telegram:-100123']);
      await core.campaigns.postTo(c, 'discord:42');
      await core.campaigns.postTo(c, 'console:main');
      expect((await core.campaigns.get(c)).chatIds).toEqual(['discord:42', 'telegram:-100123', 'console:main']);
    });

    it('names an unknown campaign when posting', async () => {
      await domainError(core.campaigns.postTo(999_999, 'telegram:1'), 'campaign.not_found');
    });
  });

  describe('stats', () => {
    it('counts tasks, answers, members, agreement and spending after a few answers', async () => {
      const c = await activeCampaign(core, { items: 4, gold: [{ key: 'g1', label: 'dog' }], def: { reward: '0.5', budget: '100' } });
      const tasks: { id: number }[] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND gold_label IS NULL ORDER BY id`, [c]);
      const [gold] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND gold_label IS NOT NULL`, [c]);
      const [a, b, d, e] = await Promise.all(['a', 'b', 'd', 'e'].map((n) => member(core, `stats-${n}`)));
      // Task 1 finishes on cat (2 match, 1 mismatch); task 2 has one answer; gold gets one right answer.
      await submitServed(core, { memberId: a!, taskId: tasks[0]!.id, choice: 'cat' });
      await submitServed(core, { memberId: b!, taskId: tasks[0]!.id, choice: 'cat' });
      await submitServed(core, { memberId: d!, taskId: tasks[0]!.id, choice: 'dog' });
      await submitServed(core, { memberId: a!, taskId: tasks[1]!.id, choice: 'bird' });
      await submitServed(core, { memberId: e!, taskId: gold.id, choice: 'dog' });
      // Gold answers are judged once the campaign settles, never at the submit; judged here directly.
      await core.scoring.scoreTask(gold.id);

      const s = await core.campaigns.stats(c);
      expect(s).toEqual({
        campaignId: c,
        name: 'Test campaign',
        status: 'active',
        tasks: 5,
        goldTasks: 1,
        openTasks: 3,
        finalTasks: 1,
        uncertainTasks: 0,
        answers: 5,
        members: 4,
        acceptedAnswers: 3,
        withheldAnswers: 1,
        spent: 3n * 5n * 10n ** 17n,
        budget: 100n * ONE_TNET,
        progress: 0.25,
        agreement: 0.75,
      });
    });

    it('reports no agreement before any answer is scored', async () => {
      const c = await activeCampaign(core, { items: 2 });
      const [t] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id LIMIT 1`, [c]);
      await submitServed(core, { memberId: await member(core, 'stats-early'), taskId: t.id, choice: 'cat' });
      const s = await core.campaigns.stats(c);
      expect(s).toMatchObject({ tasks: 2, openTasks: 2, finalTasks: 0, answers: 1, members: 1, acceptedAnswers: 0, withheldAnswers: 0, spent: 0n, progress: 0 });
      expect(s.agreement).toBeNull();
    });

    it('names an unknown campaign', async () => {
      await domainError(core.campaigns.stats(999_999), 'campaign.not_found');
    });
  });

  it('lists campaigns newest first, filtered by status', async () => {
    const draft = await draftCampaign(core, { name: 'list-draft' });
    const active = await activeCampaign(core);
    const drafts = await core.campaigns.list(['draft']);
    expect(drafts.every((c) => c.status === 'draft')).toBe(true);
    expect(drafts.map((c) => c.id)).toContain(draft);
    expect(drafts.map((c) => c.id)).not.toContain(active);
    const all = await core.campaigns.list();
    expect(all.map((c) => c.id).indexOf(active)).toBeLessThan(all.map((c) => c.id).indexOf(draft));
  });

  it('is importable from a stream more than once into a draft', async () => {
    const c = await draftCampaign(core);
    await core.campaigns.importItems(c, Readable.from(['text\n', 'a\n']), 'csv');
    await core.campaigns.importItems(c, Readable.from(['{"id":"x","text":"b"}\n']), 'jsonl');
    expect((await core.campaigns.stats(c)).tasks).toBe(2);
  });
});
