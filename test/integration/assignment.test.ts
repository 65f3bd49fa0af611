import { ONE_TNET, type NextTask } from '../../core';
import { draftCampaign, file, textStream } from '../helpers/fixtures';
import { activeCampaign, createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { submitServed } from '../helpers/serve';
import { AssignmentService } from '../../core/tasks/assignment.service';
import type { DataSource } from 'typeorm';

describe(`assignment on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore();
  });
  afterAll(async () => {
    await core.cleanup();
  });

  const taskOf = (n: NextTask): number => {
    if (!n.found) throw new Error(`expected a task, got ${n.reason}`);
    return n.card.taskId;
  };

  async function regularTasks(campaignId: number): Promise<number[]> {
    const rows: { id: number }[] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND gold_label IS NULL ORDER BY id`, [campaignId]);
    return rows.map((r) => r.id);
  }

  async function isGold(taskId: number): Promise<boolean> {
    const [t] = await core.ds.query(`SELECT gold_label IS NOT NULL AS gold FROM task WHERE id = $1`, [taskId]);
    return t.gold;
  }

  async function answerAll(memberId: number, taskIds: number[]): Promise<void> {
    for (const taskId of taskIds) {
      const r = await submitServed(core, { memberId, taskId, choice: 'cat' });
      expect(r.outcome).toBe('accepted');
    }
  }

  it('hands out a card with everything a chat shows', async () => {
    const c = await activeCampaign(core, { items: 1, def: { reward: '0.25' } });
    const [t] = await regularTasks(c);
    const next = await core.assignment.next(await member(core, 'card-m'), [c]);
    expect(next).toEqual({
      found: true,
      card: {
        taskId: t,
        campaignId: c,
        campaignName: 'Test campaign',
        kind: 'label',
        question: 'Cat or dog?',
        options: [
          { id: 'cat', label: 'cat' },
          { id: 'dog', label: 'dog' },
          { id: 'bird', label: 'bird' },
        ],
        translations: {},
        payload: { text: 'picture 1' },
        answerCount: 0,
        answersPerTask: 3,
        status: 'open',
        consensusLabel: null,
        reward: ONE_TNET / 4n,
        swapped: false,
      },
    });
  });

  it('never offers a task the member already answered, even the fullest one', async () => {
    const c = await activeCampaign(core, { items: 3 });
    const [t1, t2, t3] = await regularTasks(c);
    const me = await member(core, 'answered-me');
    await submitServed(core, { memberId: await member(core, 'answered-other'), taskId: t1!, choice: 'cat' });
    await submitServed(core, { memberId: me, taskId: t1!, choice: 'cat' });
    await submitServed(core, { memberId: me, taskId: t3!, choice: 'cat' });
    expect(taskOf(await core.assignment.next(me, [c]))).toBe(t2);
    // Someone else still gets the fullest task.
    expect(taskOf(await core.assignment.next(await member(core, 'answered-third'), [c]))).toBe(t1);
  });

  it('says nothing is left once the member answered every task', async () => {
    const c = await activeCampaign(core, { items: 3 });
    const me = await member(core, 'done-me');
    const seen: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = taskOf(await core.assignment.next(me, [c]));
      expect(seen).not.toContain(t);
      seen.push(t);
      await submitServed(core, { memberId: me, taskId: t, choice: 'cat' });
    }
    expect(seen.sort((a, b) => a - b)).toEqual(await regularTasks(c));
    expect(await core.assignment.next(me, [c])).toEqual({ found: false, reason: 'nothing_left' });
  });

  it('offers tasks only from active campaigns', async () => {
    const m = await member(core, 'status-m');
    const draft = await draftCampaign(core);
    await core.campaigns.importItems(draft, textStream(file('text', 'one')), 'csv');
    const paused = await activeCampaign(core);
    await core.campaigns.transition(paused, 'pause');
    const closed = await activeCampaign(core);
    await core.campaigns.transition(closed, 'close');
    for (const c of [draft, paused, closed]) {
      expect(await core.assignment.next(m, [c])).toEqual({ found: false, reason: 'no_active_campaign' });
    }
    expect(await core.assignment.next(m, [draft, paused, closed])).toEqual({ found: false, reason: 'no_active_campaign' });
    await core.campaigns.transition(paused, 'resume');
    const next = await core.assignment.next(m, [draft, paused, closed]);
    expect(next.found && next.card.campaignId).toBe(paused);
  });

  it('says there is no active campaign when none exists at all', async () => {
    const fresh = await createTestCore();
    try {
      const m = await member(fresh, 'lonely');
      expect(await fresh.assignment.next(m)).toEqual({ found: false, reason: 'no_active_campaign' });
      const c = await draftCampaign(fresh);
      await fresh.campaigns.importItems(c, textStream(file('text', 'one')), 'csv');
      expect(await fresh.assignment.next(m)).toEqual({ found: false, reason: 'no_active_campaign' });
      await fresh.campaigns.transition(c, 'activate');
      const next = await fresh.assignment.next(m);
      expect(next.found && next.card.campaignId).toBe(c);
    } finally {
      await fresh.cleanup();
    }
  });

  it('skips a campaign whose budget cannot pay one more reward', async () => {
    const m = await member(core, 'budget-m');
    const broke = await activeCampaign(core, { def: { reward: '10', budget: '25' } });
    const rich = await activeCampaign(core, { def: { reward: '10', budget: '25' } });
    // 20 spent + 10 > 25: skipped.
    await core.ds.query(`UPDATE campaign_budget SET spent = $2 WHERE campaign_id = $1`, [broke, (20n * ONE_TNET + 1n).toString()]);
    expect(await core.assignment.next(m, [broke])).toEqual({ found: false, reason: 'no_active_campaign' });
    const next = await core.assignment.next(m, [broke, rich]);
    expect(next.found && next.card.campaignId).toBe(rich);
    // Exactly one reward left: still offered.
    await core.ds.query(`UPDATE campaign_budget SET spent = $2 WHERE campaign_id = $1`, [broke, (15n * ONE_TNET).toString()]);
    const again = await core.assignment.next(m, [broke, rich]);
    expect(again.found && again.card.campaignId).toBe(broke);
  });

  it('does not offer a task whose overlap is full', async () => {
    const c = await activeCampaign(core, { items: 2, def: { answersPerTask: 3, maxAnswersPerTask: 5 } });
    const [t1, t2] = await regularTasks(c);
    // An open task at its maximum (e.g. a tie waiting on a late write) must not be handed out.
    await core.ds.query(`UPDATE task SET answer_count = 5 WHERE id = $1`, [t1]);
    await core.ds.query(`UPDATE task SET answer_count = 1 WHERE id = $1`, [t2]);
    const m = await member(core, 'full-m');
    expect(taskOf(await core.assignment.next(m, [c]))).toBe(t2);
    await core.ds.query(`UPDATE task SET answer_count = 4 WHERE id = $1`, [t1]);
    expect(taskOf(await core.assignment.next(m, [c]))).toBe(t1);
    await core.ds.query(`UPDATE task SET answer_count = 5 WHERE id IN ($1, $2)`, [t1, t2]);
    expect(await core.assignment.next(m, [c])).toEqual({ found: false, reason: 'nothing_left' });
  });

  it('counts a card out as a held slot: the next member gets another task, its holder the same', async () => {
    const c = await activeCampaign(core, { items: 3, def: { answersPerTask: 3, maxAnswersPerTask: 5 } });
    const [t1] = await regularTasks(c);
    const helpers = await Promise.all(['a', 'b'].map((n) => member(core, `held-${n}`)));
    await answerAll(helpers[0]!, [t1!]);
    await answerAll(helpers[1]!, [t1!]);
    // t1 has 2 answers of 3: the first member served it holds its last slot.
    const first = await member(core, 'held-first');
    expect(taskOf(await core.assignment.next(first, [c]))).toBe(t1);
    const second = await member(core, 'held-second');
    expect(taskOf(await core.assignment.next(second, [c]))).not.toBe(t1);
    // Their own card does not hold a slot against them: asked again, the holder gets t1 back.
    expect(taskOf(await core.assignment.next(first, [c]))).toBe(t1);
  });

  describe('many members at once', () => {
    const servesOf = async (taskIds: number[]): Promise<Map<number, number>> => {
      const rows: { task_id: number; n: number }[] = await core.ds.query(`SELECT task_id, count(*)::int AS n FROM task_serve WHERE task_id = ANY($1) GROUP BY task_id`, [taskIds]);
      return new Map(rows.map((r) => [r.task_id, r.n]));
    };

    it('serves each of a hundred members holding cards a task with a slot left, never a held one', async () => {
      const c = await activeCampaign(core, { items: 120, def: { answersPerTask: 3, maxAnswersPerTask: 5 } });
      const tasks = await regularTasks(c);
      const nearlyDone = tasks.slice(0, 100);
      await core.ds.query(`UPDATE task SET answer_count = 2 WHERE id = ANY($1)`, [nearlyDone]);
      // Each of these tasks has one slot left; every member keeps their card out.
      const served: number[] = [];
      for (let i = 0; i < 100; i++) served.push(taskOf(await core.assignment.next(await member(core, `crowd-${i}`), [c])));
      expect(new Set(served).size).toBe(100);
      expect([...served].sort((a, b) => a - b)).toEqual(nearlyDone);
      // Then the fullest with room are the fresh ones.
      expect(tasks.slice(100)).toContain(taskOf(await core.assignment.next(await member(core, 'crowd-next'), [c])));
    });

    it('gives back a task whose last slot went to a member served at the same moment', async () => {
      const c = await activeCampaign(core, { items: 3, def: { answersPerTask: 3, maxAnswersPerTask: 5 } });
      const [t1] = await regularTasks(c);
      await core.ds.query(`UPDATE task SET answer_count = 2 WHERE id = $1`, [t1]);
      const other = await member(core, 'moment-other');
      // The other member's serve lands between this member's read (t1 has a slot) and write.
      let landed = false;
      const racing = new Proxy(core.ds, {
        get(target, prop) {
          if (prop === 'query') {
            return async (sql: string, params?: unknown[]) => {
              if (!landed && sql.includes('INSERT INTO task_serve')) {
                landed = true;
                await target.query(`INSERT INTO task_serve (task_id, member_id, served_at) VALUES ($1, $2, now())`, [params![0], other]);
              }
              return target.query(sql, params);
            };
          }
          const v: unknown = Reflect.get(target, prop, target);
          return typeof v === 'function' ? v.bind(target) : v;
        },
      }) as DataSource;
      const me = await member(core, 'moment-me');
      const mine = taskOf(await new AssignmentService(racing).next(me, [c]));
      expect(landed).toBe(true);
      expect(mine).not.toBe(t1);
      expect(await servesOf([t1!])).toEqual(new Map([[t1!, 1]]));
    });

    it('serves a task past its target one card at a time: any answer may decide it', async () => {
      const c = await activeCampaign(core, { items: 2, def: { answersPerTask: 3, maxAnswersPerTask: 5 } });
      const [t1, t2] = await regularTasks(c);
      await core.ds.query(`UPDATE task SET answer_count = 3 WHERE id = $1`, [t1]);
      await core.ds.query(`UPDATE task SET answer_count = 1 WHERE id = $1`, [t2]);
      expect(taskOf(await core.assignment.next(await member(core, 'split-a'), [c]))).toBe(t1);
      expect(taskOf(await core.assignment.next(await member(core, 'split-b'), [c]))).toBe(t2);
    });

    it('still serves the fullest task when every slot is held (a card may lapse)', async () => {
      const c = await activeCampaign(core, { items: 1, def: { answersPerTask: 3, maxAnswersPerTask: 5 } });
      const [t1] = await regularTasks(c);
      for (let i = 0; i < 3; i++) expect(taskOf(await core.assignment.next(await member(core, `allheld-${i}`), [c]))).toBe(t1);
      expect(taskOf(await core.assignment.next(await member(core, 'allheld-late'), [c]))).toBe(t1);
    });
  });

  it('does not offer a finished task', async () => {
    const c = await activeCampaign(core, { items: 2, def: { answersPerTask: 1, maxAnswersPerTask: 1 } });
    const [t1, t2] = await regularTasks(c);
    const r = await submitServed(core, { memberId: await member(core, 'finish-a'), taskId: t1!, choice: 'dog' });
    expect(r.outcome === 'accepted' && r.task.status).toBe('final');
    expect(taskOf(await core.assignment.next(await member(core, 'finish-b'), [c]))).toBe(t2);
  });

  it('prefers the task closest to completion', async () => {
    const c = await activeCampaign(core, { items: 4, def: { answersPerTask: 4, maxAnswersPerTask: 6 } });
    const [t1, t2, t3, t4] = await regularTasks(c);
    const helpers = await Promise.all(['a', 'b', 'c'].map((n) => member(core, `closest-${n}`)));
    await answerAll(helpers[0]!, [t3!, t2!]);
    await answerAll(helpers[1]!, [t3!, t2!]);
    await answerAll(helpers[2]!, [t3!, t4!]);
    // t3 has 3 answers, t2 has 2, t4 has 1, t1 none.
    const me = await member(core, 'closest-me');
    const order: number[] = [];
    for (let i = 0; i < 4; i++) {
      const t = taskOf(await core.assignment.next(me, [c]));
      order.push(t);
      await submitServed(core, { memberId: me, taskId: t, choice: 'cat' });
    }
    expect(order).toEqual([t3, t2, t4, t1]);
  });

  describe('gold', () => {
    const golds = Array.from({ length: 6 }, (_, i) => ({ key: `gold${i}`, label: 'dog' }));

    it('mixes gold and regular tasks at the campaign’s gold share', async () => {
      const c = await activeCampaign(core, { items: 6, gold: golds, def: { goldShare: 0.5 } });
      const kinds: boolean[] = [];
      for (let i = 0; i < 40; i++) {
        const next = await core.assignment.next(await member(core, `goldmix-${i}`), [c]);
        kinds.push(await isGold(taskOf(next)));
      }
      const gold = kinds.filter(Boolean).length;
      expect(gold).toBeGreaterThan(0);
      expect(gold).toBeLessThan(40);
    });

    it('gives fresh members a first task that is gold for about half of them, not all, while they qualify', async () => {
      // Rewards wait for evidence, so members qualify on gold; a first task that was always
      // gold let throwaway accounts list the gold items (issue 14).
      const c = await activeCampaign(core, { items: 20, gold: golds, def: { goldShare: 0.1, minEvidence: 5, goldMinAnswers: 5 } });
      const firsts: boolean[] = [];
      for (let i = 0; i < 20; i++) firsts.push(await isGold(taskOf(await core.assignment.next(await member(core, `qualify-${i}`), [c]))));
      const gold = firsts.filter(Boolean).length;
      expect(gold).toBeGreaterThanOrEqual(4);
      expect(gold).toBeLessThanOrEqual(16);
    });

    it('still gives a qualifying member gold answers early, then the campaign’s share', async () => {
      const c = await activeCampaign(core, { items: 40, gold: golds, def: { goldShare: 0.1, minEvidence: 5, goldMinAnswers: 3 } });
      const me = await member(core, 'qualify-me');
      const kinds: boolean[] = [];
      for (let i = 0; i < 12; i++) {
        const t = taskOf(await core.assignment.next(me, [c]));
        kinds.push(await isGold(t));
        await submitServed(core, { memberId: me, taskId: t, choice: 'cat' });
      }
      // About half of the first tasks are gold until three gold answers are in, never all.
      expect(kinds.slice(0, 12).filter(Boolean).length).toBeGreaterThanOrEqual(3);
      expect(kinds.every(Boolean)).toBe(false);
    });

    it('draws gold under a random key of its own when none is configured, so members cannot compute it', async () => {
      const c = await activeCampaign(core, { items: 40, gold: golds, def: { goldShare: 0.5 } });
      const members = await Promise.all(Array.from({ length: 30 }, (_, i) => member(core, `keyed-${i}`)));
      const kinds = async (s: AssignmentService) => {
        const out: boolean[] = [];
        for (const m of members) out.push(await isGold(taskOf(await s.next(m, [c]))));
        return out;
      };
      // Two services without a key: two independent draws for the same members and counts.
      expect(await kinds(new AssignmentService(core.ds))).not.toEqual(await kinds(new AssignmentService(core.ds)));
      // With a key, the same draw each time.
      expect(await kinds(new AssignmentService(core.ds, undefined, 'a-configured-key'))).toEqual(await kinds(new AssignmentService(core.ds, undefined, 'a-configured-key')));
    });

    it('shows a gold task like any other, without the answer', async () => {
      const c = await activeCampaign(core, { items: 1, gold: golds, def: { goldShare: 0.5 } });
      for (let i = 0; i < 40; i++) {
        const next = await core.assignment.next(await member(core, `goldcard-${i}`), [c]);
        if (next.found && (await isGold(next.card.taskId))) {
          expect(next.card.payload).toEqual({ text: 'gold picture' });
          expect(next.card).not.toHaveProperty('goldLabel');
          expect(next.card.payload).not.toHaveProperty('gold');
          return;
        }
      }
      throw new Error('no gold task was handed out to 40 members');
    });

    it('never offers gold when the gold share is 0, even once regular tasks run out', async () => {
      const c = await activeCampaign(core, { items: 2, gold: golds, def: { goldShare: 0 } });
      for (let i = 0; i < 20; i++) {
        const next = await core.assignment.next(await member(core, `nogold-${i}`), [c]);
        expect(await isGold(taskOf(next))).toBe(false);
      }
      const me = await member(core, 'nogold-me');
      await answerAll(me, await regularTasks(c));
      expect(await core.assignment.next(me, [c])).toEqual({ found: false, reason: 'nothing_left' });
    });

    it('falls back to a regular task once the member has seen every gold item', async () => {
      const c = await activeCampaign(core, { items: 30, gold: [{ key: 'only-gold', label: 'dog' }], def: { goldShare: 0.5, answersPerTask: 50, maxAnswersPerTask: 50 } });
      const me = await member(core, 'fallback-me');
      const [gold] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND gold_label IS NOT NULL`, [c]);
      await submitServed(core, { memberId: me, taskId: gold.id, choice: 'dog' });
      for (let i = 0; i < 30; i++) {
        const t = taskOf(await core.assignment.next(me, [c]));
        expect(await isGold(t)).toBe(false);
        await submitServed(core, { memberId: me, taskId: t, choice: 'cat' });
      }
    });
  });

  it('restricts the choice to the named campaigns', async () => {
    const a = await activeCampaign(core, { items: 1 });
    const b = await activeCampaign(core, { items: 1 });
    const m = await member(core, 'restrict-m');
    const onlyB = await core.assignment.next(m, [b]);
    expect(onlyB.found && onlyB.card.campaignId).toBe(b);
    const onlyA = await core.assignment.next(m, [a]);
    expect(onlyA.found && onlyA.card.campaignId).toBe(a);
    await submitServed(core, { memberId: m, taskId: taskOf(onlyA), choice: 'cat' });
    const either = await core.assignment.next(m, [a, b]);
    expect(either.found && either.card.campaignId).toBe(b);
    await submitServed(core, { memberId: m, taskId: taskOf(either), choice: 'cat' });
    expect(await core.assignment.next(m, [a, b])).toEqual({ found: false, reason: 'nothing_left' });
  });
});
