import { Readable } from 'node:stream';
import { Wallet } from 'ethers';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLI_ACTOR, DomainError, writeHfDataset, type PlatformUser } from '../../core';
import type { ContributeResult } from '../../core/contributions/contribution.service';
import { createTestCore, engine, member, testCommunity, type TestCore } from '../helpers/test-core';
import { serve, submitServed } from '../helpers/serve';
import { refinalizeTask } from '../../core/scoring/scoring.statements';
import { domainError } from '../helpers/fixtures';
import { problemTexts } from '../helpers/problems';

const TNET = 10n ** 18n;

/**
 * Contributions (issue 16): members write a text for an item; each text becomes a check
 * task for other members, never its author; it is paid when the check's consensus accepts it.
 */
describe(`contributions on ${engine}`, () => {
  let core: TestCore;
  let n = 0;
  beforeAll(async () => {
    core = await createTestCore({ PUBLIC_URL: 'https://mining.example.org' });
  });
  afterAll(async () => {
    await core.cleanup();
  });

  const definition = (over: Record<string, unknown> = {}) => ({
    name: 'Captions',
    kind: 'contribute',
    question: 'Write a caption for this picture.',
    reward: '5',
    budget: '1000',
    answersPerTask: 3,
    checkQuestion: 'Is this a good caption?',
    checkReward: '1',
    checkBudget: '100',
    checkAnswersPerTask: 3,
    consensusMode: 'majority',
    minEvidence: 0,
    minLength: 3,
    maxLength: 40,
    ...over,
  });

  /** An active contribute campaign with the given prompts; its id, its check campaign's and its task ids. */
  async function contributeCampaign(prompts: string[], over: Record<string, unknown> = {}) {
    const c = await core.campaigns.create(definition(over), null);
    const lines = prompts.map((prompt, i) => JSON.stringify({ id: `i${i + 1}`, prompt, image: `https://example.org/${i + 1}.png` }));
    await core.campaigns.importItems(c.id, Readable.from([lines.join('\n') + '\n']), 'jsonl');
    await core.campaigns.transition(c.id, 'activate');
    const [{ check_campaign_id: checkId }] = await core.ds.query(`SELECT check_campaign_id FROM contribution_campaign WHERE campaign_id = $1`, [c.id]);
    const tasks: number[] = (await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 ORDER BY id`, [c.id])).map((r: { id: number }) => r.id);
    return { campaignId: c.id, checkId: checkId as number, tasks };
  }

  const newMember = () => member(core, `contributor-${++n}`);

  async function contribute(memberId: number, taskId: number, text: string): Promise<ContributeResult> {
    await serve(core, memberId, taskId);
    return core.contributions.submit({ memberId, taskId, text });
  }

  function accepted(r: ContributeResult) {
    if (r.outcome !== 'accepted') throw new Error(`expected accepted, got ${JSON.stringify(r)}`);
    return r.contribution;
  }

  const ledgerOf = async (answerId: string) =>
    core.ds.query(`SELECT amount::text AS amount, status, rule, consensus_label FROM reward_ledger WHERE answer_id = $1`, [answerId]);

  it('creates a check campaign with the contribute campaign and activates it along', async () => {
    const { campaignId, checkId } = await contributeCampaign(['A cat on a mat']);
    const check = await core.campaigns.get(checkId);
    expect(check).toMatchObject({ kind: 'check', status: 'active', question: 'Is this a good caption?', answersPerTask: 3, rewardPerAnswer: 1n * TNET, budget: 100n * TNET });
    expect(check.options).toEqual([
      { id: 'accept', label: 'Good' },
      { id: 'reject', label: 'Not good' },
    ]);
    expect((await core.campaigns.get(campaignId)).options).toEqual([]);
    // Checks are served only privately, at random: never posted with their campaign, nor alone.
    await core.campaigns.postTo(campaignId, 'telegram:-1009');
    expect((await core.campaigns.get(checkId)).chatIds).toEqual([]);
    await expect(core.campaigns.postTo(checkId, 'telegram:-1009')).rejects.toMatchObject({ code: 'campaign.check_not_posted', details: { campaignId: checkId } });
    expect((await core.campaigns.get(checkId)).chatIds).toEqual([]);
    await core.campaigns.transition(campaignId, 'pause');
    expect((await core.campaigns.get(checkId)).status).toBe('paused');
    await core.campaigns.transition(campaignId, 'resume');
    expect((await core.campaigns.get(checkId)).status).toBe('active');
  });

  it('never reserves a group card for a check, even of a check campaign that names the chat', async () => {
    const { campaignId, tasks } = await contributeCampaign(['Translate: good morning']);
    const c = accepted(await contribute(await newMember(), tasks[0]!, 'Bonjour'));
    // A companion from before checks were kept off chats still names one.
    await core.ds.query(`UPDATE campaign SET chat_ids = '["telegram:-1010"]'::jsonb WHERE id = (SELECT check_campaign_id FROM contribution_campaign WHERE campaign_id = $1)`, [campaignId]);
    await core.campaigns.postTo(campaignId, 'telegram:-1010');
    const reserved = await core.posts.reserve('telegram:-1010', { openCards: 10, refillBelow: 10 });
    expect(reserved.map((r) => r.taskId)).not.toContain(c.checkTaskId);
    expect(reserved.map((r) => r.campaignId)).toEqual([campaignId]);
  });

  it('refuses contribute settings on another kind, a contribute campaign without a check budget or with under 3 checkers', async () => {
    const problemsOf = async (def: Record<string, unknown>) => problemTexts((await domainError(core.campaigns.create(def, null), 'campaign.invalid_definition')).details.problems);
    expect(await problemsOf({ ...definition(), kind: 'label', options: ['a', 'b'] })).toEqual(
      expect.arrayContaining(['checkQuestion: only a contribute campaign takes it', 'minLength: only a contribute campaign takes it']),
    );
    expect(await problemsOf(definition({ checkBudget: undefined }))).toEqual(['checkBudget: required for a contribute campaign (what the checks may spend)']);
    expect(await problemsOf(definition({ options: ['a', 'b'], goldShare: 0.1, baselineModel: 'sentiment', minLength: 50 }))).toEqual([
      'options: a contribute campaign has no options; members write a text',
      'baselineModel: a contribute campaign takes no baseline model',
      'goldShare: a contribute campaign has no gold items',
      'maxLength: must be at least minLength',
    ]);
    // A check has no gold: fewer than three checkers would let a pair decide a text.
    for (const checkAnswersPerTask of [1, 2])
      expect(await problemsOf(definition({ checkAnswersPerTask }))).toEqual(['checkAnswersPerTask: at least 3: a check has no gold, so no text is decided by fewer members']);
  });

  it('shows a contribute card that asks for a text within its limits', async () => {
    const { campaignId, tasks } = await contributeCampaign(['Translate: good morning']);
    const next = await core.assignment.next(await newMember(), [campaignId]);
    expect(next).toMatchObject({ found: true, card: { taskId: tasks[0], kind: 'contribute', options: [], contribute: { prompt: 'Translate: good morning', minLength: 3, maxLength: 40 } } });
  });

  it('stores a contribution and makes its check task, written by its author', async () => {
    const { checkId, tasks } = await contributeCampaign(['Translate: good morning']);
    const author = await newMember();
    const c = accepted(await contribute(author, tasks[0]!, '  Bonjour à tous  '));
    expect(c).toMatchObject({ taskId: tasks[0], memberId: author, text: 'Bonjour à tous' });
    const [task] = await core.ds.query(`SELECT campaign_id, payload, author_id, status FROM task WHERE id = $1`, [c.checkTaskId]);
    expect(task).toEqual({
      campaign_id: checkId,
      payload: { prompt: 'Translate: good morning', contribution: 'Bonjour à tous', image: 'https://example.org/1.png' },
      author_id: author,
      status: 'open',
    });
    const [answer] = await core.ds.query(`SELECT choice, member_id FROM answer WHERE id = $1`, [c.answerId]);
    expect(answer).toEqual({ choice: 'text', member_id: author });
    // A repeat gives the first contribution back and writes nothing.
    const again = await contribute(author, tasks[0]!, 'Something else');
    expect(again).toEqual({ outcome: 'duplicate', contribution: c });
    expect((await core.ds.query(`SELECT count(*)::int AS n FROM contribution WHERE task_id = $1`, [tasks[0]]))[0].n).toBe(1);
  });

  it('refuses empty, short, long, copied and duplicate contributions with a reason, writing nothing', async () => {
    const { tasks, checkId } = await contributeCampaign(['Translate: good morning', 'Translate: good night']);
    const [a, b] = [await newMember(), await newMember()];
    const cases: [string, string][] = [
      ['   ', 'empty'],
      ['?!', 'empty'],
      ['ok', 'too_short'],
      ['x'.repeat(41), 'too_long'],
      ['translate: GOOD morning!', 'copied'],
      ['translate: good\u200B morning', 'copied'],
      ['bon\u202Ejour', 'control_character'],
    ];
    for (const [text, reason] of cases) expect(await contribute(a, tasks[0]!, text)).toEqual({ outcome: 'refused', reason });
    accepted(await contribute(a, tasks[0]!, 'Bonjour tout le monde'));
    // Another member's text of the same normal form, on any item of the campaign.
    expect(await contribute(b, tasks[0]!, 'bonjour, tout le MONDE!')).toEqual({ outcome: 'refused', reason: 'duplicate' });
    expect(await contribute(b, tasks[1]!, 'Bonjour tout le monde')).toEqual({ outcome: 'refused', reason: 'duplicate' });
    // Invisible format characters added to a copy do not make it a new text.
    expect(await contribute(b, tasks[0]!, 'Bon\u200Bjour tout\u00AD le\u2060 monde\uFEFF')).toEqual({ outcome: 'refused', reason: 'duplicate' });
    accepted(await contribute(b, tasks[0]!, 'Salut'));
    const [counts] = await core.ds.query(
      `SELECT (SELECT count(*)::int FROM contribution WHERE task_id = ANY($1::int[])) AS contributions,
              (SELECT count(*)::int FROM answer WHERE task_id = ANY($1::int[])) AS answers,
              (SELECT count(*)::int FROM task WHERE campaign_id = $2) AS checks`,
      [tasks, checkId],
    );
    expect(counts).toEqual({ contributions: 2, answers: 2, checks: 2 });
  });

  it('refuses a text for a task never served, and for a task that takes a button', async () => {
    const { tasks } = await contributeCampaign(['Translate: good morning']);
    const m = await newMember();
    const r = await core.contributions.submit({ memberId: m, taskId: tasks[0]!, text: 'Bonjour' });
    expect(r).toMatchObject({ outcome: 'rejected', error: { code: 'answer.not_served' } });
    expect((await core.ds.query(`SELECT count(*)::int AS n FROM contribution WHERE task_id = $1`, [tasks[0]]))[0].n).toBe(0);
    const c = accepted(await contribute(await newMember(), tasks[0]!, 'Bonjour'));
    await expect(core.contributions.submit({ memberId: m, taskId: c.checkTaskId!, text: 'Bonjour' })).rejects.toMatchObject({ code: 'contribution.not_wanted' });
  });

  it('refuses a text from an unknown member as member.not_found', async () => {
    const { tasks } = await contributeCampaign(['Translate: good morning']);
    await expect(core.contributions.submit({ memberId: 2_000_000_000, taskId: tasks[0]!, text: 'Bonjour' })).rejects.toMatchObject({ code: 'member.not_found' });
  });

  it('never takes a button press as a contribution', async () => {
    const { tasks } = await contributeCampaign(['Translate: good morning']);
    const m = await newMember();
    await expect(submitServed(core, { memberId: m, taskId: tasks[0]!, choice: 'text' })).rejects.toBeInstanceOf(DomainError);
    expect((await core.ds.query(`SELECT count(*)::int AS n FROM answer WHERE task_id = $1`, [tasks[0]]))[0].n).toBe(0);
  });

  it('closes a contribute task at its contributions per item', async () => {
    const { tasks } = await contributeCampaign(['Translate: good morning'], { answersPerTask: 2 });
    accepted(await contribute(await newMember(), tasks[0]!, 'Bonjour'));
    accepted(await contribute(await newMember(), tasks[0]!, 'Salut'));
    const late = await contribute(await newMember(), tasks[0]!, 'Coucou');
    expect(late).toMatchObject({ outcome: 'rejected', error: { code: 'answer.task_closed' } });
    const [t] = await core.ds.query(`SELECT status, answer_count FROM task WHERE id = $1`, [tasks[0]]);
    expect(t).toEqual({ status: 'final', answer_count: 2 });
  });

  it('a contribution refused for its own author\'s check: never served, never admitted', async () => {
    const { campaignId, checkId, tasks } = await contributeCampaign(['Translate: good morning']);
    const author = await newMember();
    const c = accepted(await contribute(author, tasks[0]!, 'Bonjour'));
    // The assignment never serves it: the check campaign has nothing for the author.
    expect(await core.assignment.next(author, [checkId])).toEqual({ found: false, reason: 'nothing_left' });
    const other = await newMember();
    expect(await core.assignment.next(other, [checkId])).toMatchObject({ found: true, card: { taskId: c.checkTaskId, kind: 'check' } });
    // Served anyway (a group card press, a forged serve), the answer is not admitted.
    const own = await submitServed(core, { memberId: author, taskId: c.checkTaskId!, choice: 'accept' });
    expect(own).toMatchObject({ outcome: 'rejected', error: { code: 'answer.own_contribution', details: { taskId: c.checkTaskId } } });
    expect((await core.ds.query(`SELECT count(*)::int AS n FROM answer WHERE task_id = $1`, [c.checkTaskId]))[0].n).toBe(0);
    expect(campaignId).toBeGreaterThan(0);
  });

  /** Three checkers answer a contribution's check task; returns their ledger rows' count. */
  async function check(checkTaskId: number, choices: string[]): Promise<void> {
    for (const choice of choices) {
      const r = await submitServed(core, { memberId: await newMember(), taskId: checkTaskId, choice });
      expect(r.outcome).toBe('accepted');
    }
  }

  it('pays a contribution its checkers accept and withholds one they reject, once', async () => {
    const { campaignId, checkId, tasks } = await contributeCampaign(['Translate: good morning', 'Translate: good night']);
    const good = accepted(await contribute(await newMember(), tasks[0]!, 'Bonjour'));
    const bad = accepted(await contribute(await newMember(), tasks[1]!, 'Banana split'));
    // Nothing is decided yet: nothing is paid.
    expect(await core.contributions.payDecidedContributions(campaignId)).toEqual({ paid: 0, withheld: 0, spent: 0n, corrected: 0, refunded: 0n });
    await check(good.checkTaskId!, ['accept', 'accept', 'reject']);
    await check(bad.checkTaskId!, ['reject', 'reject', 'accept']);
    const [g, b] = await core.ds.query(`SELECT status, consensus_label FROM task WHERE id = ANY($1::int[]) ORDER BY id`, [[good.checkTaskId, bad.checkTaskId]]);
    expect([g, b]).toEqual([
      { status: 'final', consensus_label: 'accept' },
      { status: 'final', consensus_label: 'reject' },
    ]);
    // The checkers are paid as for any check: the two who agreed with the consensus.
    const checkers = await core.ds.query(`SELECT count(*) FILTER (WHERE status = 'pending')::int AS paid FROM reward_ledger WHERE campaign_id = $1`, [checkId]);
    expect(checkers).toEqual([{ paid: 4 }]);

    expect(await core.contributions.payDecidedContributions()).toEqual({ paid: 1, withheld: 1, spent: 5n * TNET, corrected: 0, refunded: 0n });
    expect(await ledgerOf(good.answerId)).toEqual([{ amount: (5n * TNET).toString(), status: 'pending', rule: 'contribution.accepted', consensus_label: 'accept' }]);
    expect(await ledgerOf(bad.answerId)).toEqual([{ amount: '0', status: 'withheld', rule: 'contribution.rejected', consensus_label: 'reject' }]);
    expect((await core.campaigns.get(campaignId)).spent).toBe(5n * TNET);
    // A repeat writes nothing new.
    expect(await core.contributions.payDecidedContributions(campaignId)).toEqual({ paid: 0, withheld: 0, spent: 0n, corrected: 0, refunded: 0n });
    expect((await core.ds.query(`SELECT count(*)::int AS n FROM reward_ledger WHERE campaign_id = $1`, [campaignId]))[0].n).toBe(2);
    expect((await core.campaigns.get(campaignId)).spent).toBe(5n * TNET);
  });

  it('takes a payment back once when a re-score rejects its check, and pays one a re-score accepts', async () => {
    const { campaignId, tasks } = await contributeCampaign(['Translate: good morning', 'Translate: good night']);
    const good = accepted(await contribute(await newMember(), tasks[0]!, 'Bonjour'));
    const bad = accepted(await contribute(await newMember(), tasks[1]!, 'Bonne nuit'));
    await check(good.checkTaskId!, ['accept', 'accept', 'accept']);
    await check(bad.checkTaskId!, ['reject', 'reject', 'reject']);
    expect(await core.contributions.payDecidedContributions(campaignId)).toMatchObject({ paid: 1, withheld: 1, spent: 5n * TNET });
    expect((await core.exports.open(campaignId, { format: 'jsonl' })).total).toBe(1);

    // A scoring round re-scores both checks (as ScoringService.rescoreTask writes them).
    await refinalizeTask(core.ds, good.checkTaskId!, 'reject', 0.99);
    await refinalizeTask(core.ds, bad.checkTaskId!, 'accept', 0.99);
    expect(await core.contributions.payDecidedContributions(campaignId)).toEqual({ paid: 0, withheld: 0, spent: 5n * TNET, corrected: 2, refunded: 5n * TNET });
    const [original] = await core.ds.query(`SELECT id::text AS id FROM reward_ledger WHERE answer_id = $1 AND corrects_id IS NULL`, [good.answerId]);
    expect(
      await core.ds.query(`SELECT amount::text AS amount, status, rule, consensus_label, corrects_id::text AS corrects_id FROM reward_ledger WHERE answer_id = $1 AND corrects_id IS NOT NULL`, [good.answerId]),
    ).toEqual([{ amount: (-5n * TNET).toString(), status: 'pending', rule: 'consensus.corrected', consensus_label: 'reject', corrects_id: original.id }]);
    expect((await ledgerOf(bad.answerId)).map((r: { amount: string; rule: string }) => [r.amount, r.rule])).toEqual([
      ['0', 'contribution.rejected'],
      [(5n * TNET).toString(), 'consensus.corrected'],
    ]);
    // The budget: one reward given back, one taken.
    expect((await core.campaigns.get(campaignId)).spent).toBe(5n * TNET);
    // The export follows the checks as they stand now.
    let text = '';
    for await (const chunk of (await core.exports.open(campaignId, { format: 'jsonl' })).chunks()) text += chunk;
    expect(text.trim().split('\n').map((l) => JSON.parse(l).contribution_id)).toEqual([bad.contributionId]);

    // A repeat writes nothing.
    expect(await core.contributions.payDecidedContributions(campaignId)).toEqual({ paid: 0, withheld: 0, spent: 0n, corrected: 0, refunded: 0n });
    expect((await core.ds.query(`SELECT count(*)::int AS n FROM reward_ledger WHERE campaign_id = $1`, [campaignId]))[0].n).toBe(4);
  });

  it('pays a contribution a re-score accepts only while the budget holds a whole reward', async () => {
    const { campaignId, tasks } = await contributeCampaign(['Translate: good morning'], { reward: '5', budget: '5' });
    const first = accepted(await contribute(await newMember(), tasks[0]!, 'Bonjour'));
    const second = accepted(await contribute(await newMember(), tasks[0]!, 'Salut'));
    await check(first.checkTaskId!, ['accept', 'accept', 'accept']);
    await check(second.checkTaskId!, ['reject', 'reject', 'reject']);
    expect(await core.contributions.payDecidedContributions(campaignId)).toMatchObject({ paid: 1, withheld: 1 });
    await refinalizeTask(core.ds, second.checkTaskId!, 'accept', 0.99);
    // The budget is spent: nothing owed is paid, nothing written, and the export lists both.
    expect(await core.contributions.payDecidedContributions(campaignId)).toEqual({ paid: 0, withheld: 0, spent: 0n, corrected: 0, refunded: 0n });
    expect(await ledgerOf(second.answerId)).toHaveLength(1);
    // The first one's check flips to reject: its reward comes back and pays the second.
    await refinalizeTask(core.ds, first.checkTaskId!, 'reject', 0.99);
    expect(await core.contributions.payDecidedContributions(campaignId)).toMatchObject({ corrected: 2, refunded: 5n * TNET, spent: 5n * TNET });
    expect((await core.campaigns.get(campaignId)).spent).toBe(5n * TNET);
  });

  it('exports the accepted contributions with their verification', async () => {
    const { campaignId, tasks } = await contributeCampaign(['Translate: good morning', 'Translate: good night']);
    const good = accepted(await contribute(await newMember(), tasks[0]!, 'Bonjour'));
    const bad = accepted(await contribute(await newMember(), tasks[1]!, 'Banana split'));
    await check(good.checkTaskId!, ['accept', 'reject', 'accept']);
    await check(bad.checkTaskId!, ['reject', 'reject', 'reject']);
    // Before the payment call decided them, nothing is accepted yet.
    expect((await core.exports.open(campaignId, { format: 'jsonl' })).total).toBe(0);
    await core.contributions.payDecidedContributions(campaignId);
    const jsonl = await core.exports.open(campaignId, { format: 'jsonl' });
    expect(jsonl.total).toBe(1);
    let text = '';
    for await (const chunk of jsonl.chunks()) text += chunk;
    expect(text.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      {
        contribution_id: good.contributionId,
        task_id: tasks[0],
        item_key: 'i1',
        item: { prompt: 'Translate: good morning', image: 'https://example.org/1.png' },
        contribution: 'Bonjour',
        check_task_id: good.checkTaskId,
        checks: 3,
        accepts: 2,
        consensus_label: 'accept',
        confidence: expect.any(Number),
        uncertain: false,
      },
    ]);
    let csv = '';
    for await (const chunk of (await core.exports.open(campaignId, { format: 'csv' })).chunks()) csv += chunk;
    expect(csv.split('\r\n').filter((l) => l !== '')).toHaveLength(2);
    // The Hugging Face folder holds the same accepted contribution as one flat row.
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'tnet-hf-contrib-')), 'ds');
    expect(await writeHfDataset({ campaigns: core.campaigns, openExport: (id, opts) => core.moderation.openExport(CLI_ACTOR, id, opts) }, campaignId, dir)).toEqual({ dir, rows: 1 });
    const rows = readFileSync(path.join(dir, 'data', 'train.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toEqual([
      {
        contribution_id: good.contributionId,
        task_id: tasks[0],
        item_key: 'i1',
        prompt: 'Translate: good morning',
        image: 'https://example.org/1.png',
        item_json: null,
        contribution: 'Bonjour',
        check_task_id: good.checkTaskId,
        checks: 3,
        accepts: 2,
        confidence: expect.any(Number),
        uncertain: false,
      },
    ]);
    const card = readFileSync(path.join(dir, 'README.md'), 'utf8');
    expect(card).toContain('- text-generation');
    expect(card).toContain('1 of the 2 contributions were accepted by their checks.');
  });

  it('lets one of several members writing the same text at once in, and refuses the others as duplicates', async () => {
    const { tasks } = await contributeCampaign(['Translate: good morning', 'Translate: good night'], { answersPerTask: 5 });
    const writers = await Promise.all(Array.from({ length: 6 }, () => newMember()));
    const spellings = ['Bonne journée', 'bonne JOURNÉE !', 'Bonne  journée.', 'BONNE JOURNÉE', 'bonne, journée', 'Bonne journée!!'];
    for (const [i, w] of writers.entries()) await serve(core, w, tasks[i % 2]!);
    const results = await Promise.all(writers.map((w, i) => core.contributions.submit({ memberId: w, taskId: tasks[i % 2]!, text: spellings[i]! })));
    expect(results.filter((r) => r.outcome === 'accepted')).toHaveLength(1);
    expect(results.filter((r) => r.outcome !== 'accepted')).toEqual(Array.from({ length: 5 }, () => ({ outcome: 'refused', reason: 'duplicate' })));
    const [counts] = await core.ds.query(
      `SELECT (SELECT count(*)::int FROM contribution WHERE task_id = ANY($1::int[])) AS contributions,
              (SELECT count(*)::int FROM answer WHERE task_id = ANY($1::int[])) AS answers,
              (SELECT sum(answer_count)::int FROM task WHERE id = ANY($1::int[])) AS slots`,
      [tasks],
    );
    expect(counts).toEqual({ contributions: 1, answers: 1, slots: 1 });
  });

  it('pays each decided contribution once when payment runs twice at the same time', async () => {
    const { campaignId, tasks } = await contributeCampaign(['Translate: good morning']);
    const c = accepted(await contribute(await newMember(), tasks[0]!, 'Bonjour'));
    await check(c.checkTaskId!, ['accept', 'accept', 'accept']);
    const [x, y] = await Promise.all([core.contributions.payDecidedContributions(campaignId), core.contributions.payDecidedContributions()]);
    expect(x.paid + y.paid).toBe(1);
    expect(await ledgerOf(c.answerId)).toHaveLength(1);
    expect((await core.campaigns.get(campaignId)).spent).toBe(5n * TNET);
  });

  it('withholds an accepted contribution as budget.exhausted when the budget holds no whole reward', async () => {
    const { campaignId, tasks } = await contributeCampaign(['Translate: good morning'], { reward: '5', budget: '8' });
    const first = accepted(await contribute(await newMember(), tasks[0]!, 'Bonjour'));
    const second = accepted(await contribute(await newMember(), tasks[0]!, 'Salut'));
    await check(first.checkTaskId!, ['accept', 'accept', 'accept']);
    await check(second.checkTaskId!, ['accept', 'accept', 'accept']);
    expect(await core.contributions.payDecidedContributions(campaignId)).toEqual({ paid: 1, withheld: 1, spent: 5n * TNET, corrected: 0, refunded: 0n });
    expect((await ledgerOf(first.answerId))[0]).toMatchObject({ status: 'pending', rule: 'contribution.accepted' });
    expect((await ledgerOf(second.answerId))[0]).toMatchObject({ status: 'withheld', rule: 'budget.exhausted' });
  });

  it('keeps contribute campaigns out of the scoring sweep and the scoring round', async () => {
    const { campaignId, tasks } = await contributeCampaign(['Translate: good morning'], { answersPerTask: 1 });
    accepted(await contribute(await newMember(), tasks[0]!, 'Bonjour'));
    await core.scoring.sweep();
    const rounds = await core.rounds.round();
    expect(rounds.map((r) => r.campaignId)).not.toContain(campaignId);
    expect((await core.ds.query(`SELECT count(*)::int AS n FROM reward_ledger WHERE campaign_id = $1`, [campaignId]))[0].n).toBe(0);
  });

  it("keeps a merged author off their contribution's check and pays the survivor", async () => {
    const { campaignId, checkId, tasks } = await contributeCampaign(['Translate: good morning']);
    const discord: PlatformUser = { platform: 'discord', platformUserId: `d-${++n}`, displayName: 'ana' };
    const telegram: PlatformUser = { platform: 'telegram', platformUserId: `t-${++n}`, displayName: 'ana' };
    const wallet = Wallet.createRandom();
    const link = async (u: PlatformUser) => {
      const id = (await core.identities.resolve(u)).memberId;
      const req = await core.wallets.requestLink(id, u, wallet.address);
      return core.wallets.verify(id, u, await wallet.signMessage(req.message));
    };
    const d = (await core.identities.resolve(discord)).memberId;
    const t = (await core.identities.resolve(telegram)).memberId;
    const c = accepted(await contribute(t, tasks[0]!, 'Bonjour'));
    await link(discord);
    expect(await link(telegram)).toMatchObject({ outcome: 'merge_offered' });
    expect(await core.merges.confirm(t)).toMatchObject({ memberId: d, absorbedMemberId: t });
    // The survivor wrote it now: never served its check, never admitted on it.
    expect(await core.assignment.next(d, [checkId])).toEqual({ found: false, reason: 'nothing_left' });
    expect(await submitServed(core, { memberId: d, taskId: c.checkTaskId!, choice: 'accept' })).toMatchObject({ outcome: 'rejected', error: { code: 'answer.own_contribution' } });
    await check(c.checkTaskId!, ['accept', 'accept', 'accept']);
    expect(await core.contributions.payDecidedContributions(campaignId)).toMatchObject({ paid: 1 });
    expect(await core.ds.query(`SELECT member_id, rule FROM reward_ledger WHERE answer_id = $1`, [c.answerId])).toEqual([{ member_id: d, rule: 'contribution.accepted' }]);
  });

  it('closes the checks with their contribute campaign unless checks are still open', async () => {
    const idle = await contributeCampaign(['Translate: good morning']);
    await core.campaigns.transition(idle.campaignId, 'close');
    expect((await core.campaigns.get(idle.checkId)).status).toBe('closed');

    const busy = await contributeCampaign(['Translate: good morning']);
    const c = accepted(await contribute(await newMember(), busy.tasks[0]!, 'Bonjour'));
    await core.campaigns.transition(busy.campaignId, 'close');
    expect((await core.campaigns.get(busy.checkId)).status).toBe('active');
    // Its checks go on, and once all are decided the campaign closes as any finished one.
    await check(c.checkTaskId!, ['accept', 'accept', 'accept']);
    expect(await core.campaigns.closeFinished()).toContain(busy.checkId);
    // The close gave the campaign's remaining budget back to the supply: a text accepted
    // after it is withheld, and the campaign spends nothing more.
    expect(await core.contributions.payDecidedContributions(busy.campaignId)).toMatchObject({ paid: 0, withheld: 1, spent: 0n });
    expect(await ledgerOf(c.answerId)).toEqual([{ amount: '0', status: 'withheld', rule: 'budget.exhausted', consensus_label: 'accept' }]);
    expect((await core.campaigns.get(busy.campaignId)).spent).toBe(0n);
  });

  it("reserves both budgets from the community's allowance, and a discarded draft gives both back", async () => {
    const communityId = await testCommunity(core, 'telegram', `-100${++n}`);
    const reserved = async () => BigInt((await core.ds.query(`SELECT reserved::text AS r FROM community WHERE id = $1`, [communityId]))[0].r);
    const c = await core.campaigns.create(definition(), null, { communityId });
    expect(await reserved()).toBe(1100n * TNET);
    const [{ check_campaign_id: checkId }] = await core.ds.query(`SELECT check_campaign_id FROM contribution_campaign WHERE campaign_id = $1`, [c.id]);
    expect((await core.campaigns.get(checkId)).communityId).toBe(communityId);
    expect(await core.campaigns.discardEmptyDraft(c.id)).toBe(true);
    expect(await core.ds.query(`SELECT id FROM campaign WHERE id = ANY($1::int[])`, [[c.id, checkId]])).toEqual([]);
    expect(await reserved()).toBe(0n);
  });
});
