import { Readable } from 'node:stream';
import { CLI_ACTOR } from '../../core';
import { sidesSwapped } from '../../core/tasks/pair-order';
import { domainError, file } from '../helpers/fixtures';
import { createTestCore, engine, member, type TestCore } from '../helpers/test-core';
import { badRowTexts, problemTexts } from '../helpers/problems';

const pairDefinition = (over: Record<string, unknown> = {}) => ({
  name: 'Which reply is better?',
  kind: 'pairwise',
  question: 'Which response answers the prompt better?',
  reward: '10',
  budget: '100000',
  answersPerTask: 3,
  maxAnswersPerTask: 3,
  consensusMode: 'majority',
  minEvidence: 0,
  minThinkMs: 0,
  ...over,
});

const pair = (id: string, a: string, b: string, models?: [string, string]) =>
  JSON.stringify({ id, prompt: `Prompt ${id}`, a, b, ...(models ? { model_a: models[0], model_b: models[1] } : {}) });

/** Pairwise campaigns (issue 16): fixed options, checked items, the order each member saw recorded. */
describe(`pairwise campaigns on ${engine}`, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore();
  });
  afterAll(async () => {
    await core.cleanup();
  });

  it('refuses options and a baseline model in a pairwise definition', async () => {
    const e = await domainError(core.campaigns.create(pairDefinition({ options: ['x', 'y'], baselineModel: 'sentiment' }), null), 'campaign.invalid_definition');
    expect(problemTexts(e.details.problems)).toEqual([
      'options: a pairwise campaign has fixed options (a, b, tie, both_bad); leave them out',
      'baselineModel: a pairwise campaign takes no baseline model',
    ]);
  });

  it('names the rows that are not a prompt with two different outputs', async () => {
    const c = await core.campaigns.create(pairDefinition(), null);
    expect(c.options.map((o) => o.id)).toEqual(['a', 'b', 'tie', 'both_bad']);
    const e = await domainError(
      core.campaigns.importItems(
        c.id,
        Readable.from([file(pair('p1', 'yes', 'no'), JSON.stringify({ id: 'p2', prompt: 'x', a: 'only a' }), pair('p3', 'same', 'same'), JSON.stringify({ id: 'p4', prompt: 'x', a: '1', b: '2', gold: 'left' }))]),
        'jsonl',
      ),
      'campaign.import_invalid',
    );
    expect(badRowTexts(e.details.badRows)).toEqual([
      { row: 2, reason: 'a pairwise item needs "b" as non-empty text' },
      { row: 3, reason: 'outputs "a" and "b" are the same' },
      { row: 4, reason: 'gold "left" is not one of the options (a, b, tie, both_bad)' },
    ]);
  });

  it('records the order each member saw, on their own card and on a group card', async () => {
    const c = await core.campaigns.create(pairDefinition({ answersPerTask: 8, maxAnswersPerTask: 8 }), null);
    await core.campaigns.importItems(c.id, Readable.from([file(pair('p1', 'Paris', 'Lyon', ['m1', 'm2']))]), 'jsonl');
    await core.campaigns.transition(c.id, 'activate');
    const seen: { memberId: number; swapped: boolean }[] = [];
    for (let i = 0; i < 6; i++) {
      const m = await member(core, `pair-order-${i}`);
      const next = await core.assignment.next(m, [c.id]);
      if (!next.found) throw new Error('no task');
      expect(next.card.kind).toBe('pairwise');
      expect(next.card.swapped).toBe(sidesSwapped(next.card.taskId, { memberId: m }));
      const r = await core.answers.submit({ memberId: m, taskId: next.card.taskId, choice: 'a' });
      expect(r.outcome === 'accepted' && r.answer.swapped).toBe(next.card.swapped);
      seen.push({ memberId: m, swapped: next.card.swapped });
    }
    // Six members: both orders appear (a fixed hash; this is not luck that can change).
    expect(new Set(seen.map((s) => s.swapped)).size).toBe(2);

    // A press on the task's posted card in a group: the group card's order.
    const chat = 'telegram:-100555';
    await core.ds.query(`UPDATE campaign SET chat_ids = chat_ids || to_jsonb($2::text) WHERE id = $1`, [c.id, chat]);
    const [reserved] = await core.posts.reserve(chat, { openCards: 1, refillBelow: 1 });
    await core.posts.sent(chat, reserved!.taskId, '4242');
    const boardCard = await core.assignment.card(reserved!.taskId, { chatId: chat });
    expect(boardCard.swapped).toBe(sidesSwapped(reserved!.taskId, { chatId: chat }));
    const presser = await member(core, 'pair-order-group');
    const pressed = await core.answers.submit({ memberId: presser, taskId: reserved!.taskId, choice: 'b', card: { chatId: chat, messageId: '4242' } });
    expect(pressed.outcome === 'accepted' && pressed.answer.swapped).toBe(boardCard.swapped);

    const stored: { member_id: number; swapped: boolean }[] = await core.ds.query(`SELECT member_id, swapped FROM answer WHERE campaign_id = $1 ORDER BY id`, [c.id]);
    expect(stored).toEqual([...seen.map((s) => ({ member_id: s.memberId, swapped: s.swapped })), { member_id: presser, swapped: boardCard.swapped }]);
  });

  it('decides a pair by consensus, and keeps no order for other kinds', async () => {
    const c = await core.campaigns.create(pairDefinition(), null);
    await core.campaigns.importItems(c.id, Readable.from([file(pair('p1', 'good', 'bad'))]), 'jsonl');
    await core.campaigns.transition(c.id, 'activate');
    let last;
    for (const [i, choice] of (['b', 'b', 'a'] as const).entries()) {
      const m = await member(core, `pair-vote-${i}`);
      const next = await core.assignment.next(m, [c.id]);
      if (!next.found) throw new Error('no task');
      last = await core.answers.submit({ memberId: m, taskId: next.card.taskId, choice });
    }
    expect(last?.outcome === 'accepted' && last.task).toMatchObject({ status: 'final', consensusLabel: 'b' });

    const label = await core.campaigns.create({ ...pairDefinition({ kind: 'label', options: ['x', 'y'] }) }, null);
    await core.campaigns.importItems(label.id, Readable.from(['id,text\n1,hello\n']), 'csv');
    await core.campaigns.transition(label.id, 'activate');
    const m = await member(core, 'pair-label');
    const next = await core.assignment.next(m, [label.id]);
    if (!next.found) throw new Error('no task');
    expect(next.card.swapped).toBe(false);
    const r = await core.answers.submit({ memberId: m, taskId: next.card.taskId, choice: 'x' });
    expect(r.outcome === 'accepted' && r.answer.swapped).toBeNull();
  });

  it('ranks the models, measures position bias and exports DPO pairs and the ranking', async () => {
    const c = await core.campaigns.create(pairDefinition(), null);
    // strong beats mid, mid beats weak, strong beats weak; one tie. Sides alternate.
    const items = [
      pair('s-m1', 'great', 'fine', ['strong', 'mid']),
      pair('m-s1', 'fine', 'great', ['mid', 'strong']),
      pair('m-w1', 'fine', 'poor', ['mid', 'weak']),
      pair('w-m1', 'poor', 'fine', ['weak', 'mid']),
      pair('s-w1', 'great', 'poor', ['strong', 'weak']),
      pair('tie1', 'same-ish', 'same-ish!', ['mid', 'weak']),
    ];
    const better: Record<string, string> = { 's-m1': 'a', 'm-s1': 'b', 'm-w1': 'a', 'w-m1': 'b', 's-w1': 'a', tie1: 'tie' };
    await core.campaigns.importItems(c.id, Readable.from([file(...items)]), 'jsonl');
    await core.campaigns.transition(c.id, 'activate');
    const keys = new Map<number, string>(
      (await core.ds.query(`SELECT id, item_key FROM task WHERE campaign_id = $1`, [c.id])).map((r: { id: number; item_key: string }) => [r.id, r.item_key]),
    );
    for (let i = 0; i < 3; i++) {
      const m = await member(core, `pair-rank-${i}`);
      for (;;) {
        const next = await core.assignment.next(m, [c.id]);
        if (!next.found) break;
        const r = await core.answers.submit({ memberId: m, taskId: next.card.taskId, choice: better[keys.get(next.card.taskId)!]! });
        expect(r.outcome).toBe('accepted');
      }
    }
    const report = await core.reports.report(c.id);
    expect(report.pairwise!.ranking.map((r) => r.model)).toEqual(['strong', 'mid', 'weak']);
    expect(report.pairwise!.rankedPairs).toBe(6);
    // 15 answers chose a side; how many chose the first-shown one follows from each member's order.
    const stored: { choice: string; swapped: boolean }[] = await core.ds.query(`SELECT choice, swapped FROM answer WHERE campaign_id = $1`, [c.id]);
    const first = stored.filter((a) => (a.choice === 'a' && !a.swapped) || (a.choice === 'b' && a.swapped)).length;
    expect(report.pairwise!.positionBias).toMatchObject({ decisive: 15, firstChosen: first });

    const read = async (format: 'dpo' | 'ranking') => {
      let text = '';
      const opened = await core.exports.open(c.id, { format });
      // The count a caption shows is the lines written: five decided pairs (the tie gives none), three models.
      expect(opened.total).toBe(format === 'dpo' ? 5 : 3);
      for await (const chunk of opened.chunks()) text += chunk;
      return text;
    };
    const dpo = (await read('dpo')).trim().split('\n').map((l) => JSON.parse(l));
    expect(dpo).toHaveLength(5);
    expect(dpo[0]).toEqual({ prompt: 'Prompt s-m1', chosen: 'great', rejected: 'fine' });
    expect(dpo.every((d) => Object.keys(d).join() === 'prompt,chosen,rejected')).toBe(true);
    expect(dpo.map((d) => d.chosen)).toEqual(['great', 'great', 'fine', 'fine', 'great']);
    const ranking = (await read('ranking')).trim().split('\r\n');
    expect(ranking[0]).toBe('rank,model,score,low_95,high_95,pairs');
    expect(ranking.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['1,strong', '2,mid', '3,weak']);

    const label = await core.campaigns.create(pairDefinition({ kind: 'label', options: ['x', 'y'] }), null);
    const e = await domainError(core.exports.open(label.id, { format: 'dpo' }), 'campaign.export_format');
    expect(e.details).toEqual({ campaignId: label.id, format: 'dpo', kind: 'label' });
    // Refused through moderation too, and a refused export leaves no audit entry.
    const audited = async () => (await core.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'campaign.export'`))[0].n as number;
    const before = await audited();
    await domainError(core.moderation.openExport(CLI_ACTOR, label.id, { format: 'ranking' }), 'campaign.export_format');
    expect(await audited()).toBe(before);
    await core.moderation.openExport(CLI_ACTOR, c.id, { format: 'ranking' });
    expect(await audited()).toBe(before + 1);
  });
});
