import { Wallet } from 'ethers';
import { ANVIL_DEV_KEYS, startAnvil, type AnvilNode } from '../../core/chain/anvil';
import { deployTnet } from '../../core/chain/deploy';
import type { AnswerTrace, WhyResult } from '../../core';
import { CommandRouter } from '../../bots/common/command-router';
import { DEFAULT_LANGUAGE } from '../../bots/common/i18n/languages';
import { activeCampaign, campaignWithItems, createTestCore, engine, member, testCommunity, type TestCore } from '../helpers/test-core';
import { submitServed } from '../helpers/serve';

const TNET = 10n ** 18n;

/** The console speaker `name` (the same member as member(core, name)). */
const ctx = (name: string) => ({
  user: { platform: 'console' as const, platformUserId: name, displayName: name },
  chatId: 'console:local',
  isPrivate: true,
  place: null,
  lang: DEFAULT_LANGUAGE,
  memberLang: DEFAULT_LANGUAGE,
  isModerator: false,
});

const answerOf = (r: WhyResult): AnswerTrace => {
  if (r.kind !== 'answer') throw new Error(`expected an answer trace, got ${JSON.stringify(r)}`);
  return r.trace;
};

/** A reply's text with what differs between two tasks anyway (their ids, the answer's time) blanked. */
const shape = (text: string, taskId: number): string => text.replaceAll(`#${taskId}`, '#T').replace(/\d{4}-\d\d-\d\d \d\d:\d\d UTC/, 'TIME');

describe(`/why on anvil and ${engine}`, () => {
  let node: AnvilNode;
  let core: TestCore;
  let router: CommandRouter;
  let campaign: number;
  let decided: number;
  let open: number;
  let gold: number;
  let ids: Record<'a' | 'b' | 'c' | 'd' | 'e', number>;
  const say = async (name: string, line: string) => (await router.handleText(ctx(name), line)).messages.map((m) => m.text).join('\n');

  beforeAll(async () => {
    node = await startAnvil();
    const token = await deployTnet({ rpcUrl: node.url, deployerKey: ANVIL_DEV_KEYS[0], minter: new Wallet(ANVIL_DEV_KEYS[0]).address, foundation: Wallet.createRandom().address, foundationBps: 2000 });
    core = await createTestCore({}, {
      chain: { rpcUrl: node.url, chainId: node.chainId, tokenAddress: token, minterPrivateKey: ANVIL_DEV_KEYS[0], pollMs: 50 },
      mint: { confirmTimeoutMs: 20_000, retries: 2, retryBaseMs: 50 },
    });
    router = new CommandRouter(core);
    const [a, b, c, d, e] = await Promise.all(['w-a', 'w-b', 'w-c', 'w-d', 'w-e'].map((n) => member(core, n)));
    ids = { a: a!, b: b!, c: c!, d: d!, e: e! };
    // Four answers decide a task (3 cat, 1 dog: cat by majority); a gold item whose known label is dog.
    campaign = await activeCampaign(core, { items: 2, gold: [{ key: 'g1', label: 'dog' }], def: { answersPerTask: 4, maxAnswersPerTask: 6, reward: '10' } });
    const tasks: { id: number; gold: boolean }[] = await core.ds.query(`SELECT id, gold_label IS NOT NULL AS gold FROM task WHERE campaign_id = $1 ORDER BY id`, [campaign]);
    [decided, open] = tasks.filter((t) => !t.gold).map((t) => t.id) as [number, number];
    gold = tasks.find((t) => t.gold)!.id;
    await submitServed(core, { memberId: ids.d, taskId: decided, choice: 'dog' });
    for (const m of [ids.a, ids.b, ids.c]) await submitServed(core, { memberId: m, taskId: decided, choice: 'cat' });
    // The gold task and a regular task still open, each answered "dog" by a (and others on the gold task).
    for (const m of [ids.a, ids.b, ids.c]) await submitServed(core, { memberId: m, taskId: gold, choice: 'dog' });
    await submitServed(core, { memberId: ids.a, taskId: open, choice: 'dog' });
  }, 90_000);

  afterAll(async () => {
    await core?.cleanup();
    await node?.stop();
  });

  it('traces a paid answer: its choice, the votes counted, the consensus, the rule and the net', async () => {
    const t = answerOf(await core.why.why(ids.a, { kind: 'task', taskId: decided }));
    expect(t).toMatchObject({ taskId: decided, campaignId: campaign, choice: 'cat', stage: 'decided', consensus: { label: 'cat' }, net: 10n * TNET });
    expect(t.votes).toEqual([
      { option: 'cat', count: 3 },
      { option: 'dog', count: 1 },
      { option: 'bird', count: 0 },
    ]);
    expect(t.steps).toEqual([expect.objectContaining({ rule: 'majority.match', amount: 10n * TNET, status: 'pending', correction: false, mint: null })]);
    const text = await say('w-a', `/why ${decided}`);
    expect(text).toContain('Votes counted: cat 3 · dog 1 · bird 0');
    expect(text).toContain('Paid 10 TNET because it matches the majority');
    expect(text).toContain('Pending:');
    // Counts only: no member of the task is named.
    for (const n of ['w-b', 'w-c', 'w-d']) expect(text).not.toContain(n);
  });

  it('traces a withheld answer with its rule and a net of zero', async () => {
    const t = answerOf(await core.why.why(ids.d, { kind: 'task', taskId: decided }));
    expect(t).toMatchObject({ choice: 'dog', stage: 'decided', net: 0n, steps: [expect.objectContaining({ rule: 'majority.mismatch', status: 'withheld', amount: 0n })] });
    expect(await say('w-d', `/why ${decided}`)).toContain('Not paid because it differs from the consensus');
  });

  it("refuses a task the member did not answer, another member's, and a forged id, alike and without a trace", async () => {
    const refused = { kind: 'refused', reason: 'not_yours' };
    expect(await core.why.why(ids.e, { kind: 'task', taskId: decided })).toEqual(refused);
    expect(await core.why.why(ids.d, { kind: 'task', taskId: gold })).toEqual(refused);
    expect(await core.why.why(ids.e, { kind: 'task', taskId: 999_999 })).toEqual(refused);
    expect(await say('w-e', `/why ${decided}`)).toBe(`You have no answer on task #${decided}. /why shows only your own answers.`);
    expect(await say('w-e', '/why 999999')).toBe('You have no answer on task #999999. /why shows only your own answers.');
    expect(await core.why.why(ids.e, { kind: 'latest' })).toEqual({ kind: 'refused', reason: 'no_answers' });
    // Another community's task, answered there by someone else: refused alike.
    const community = await testCommunity(core, 'telegram', '-100777');
    const theirs = await campaignWithItems(core, ['a parrot'], {}, { communityId: community });
    const [{ id: foreign }] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1`, [theirs]);
    await submitServed(core, { memberId: ids.b, taskId: foreign, choice: 'bird' });
    expect(await core.why.why(ids.e, { kind: 'task', taskId: foreign })).toEqual(refused);
    expect(await say('w-e', `/why ${foreign}`)).toBe(`You have no answer on task #${foreign}. /why shows only your own answers.`);
  });

  it('shows an unsettled gold answer exactly as a regular answer still waiting for its decision', async () => {
    const g = answerOf(await core.why.why(ids.a, { kind: 'task', taskId: gold }));
    const r = answerOf(await core.why.why(ids.a, { kind: 'task', taskId: open }));
    const visible = (x: AnswerTrace) => ({ ...x, taskId: 0, answeredAt: null });
    expect(visible(g)).toEqual(visible(r));
    expect(g).toMatchObject({ stage: 'waiting', votes: null, consensus: null, knownLabel: null, steps: [], net: null });
    const goldText = await say('w-a', `/why ${gold}`);
    expect(shape(goldText, gold)).toBe(shape(await say('w-a', `/why ${open}`), open));
    expect(goldText).not.toMatch(/check question|known answer|Votes/);
    // The latest answer is the open regular one; it reads the same way.
    expect(answerOf(await core.why.why(ids.a, { kind: 'latest' })).taskId).toBe(open);
  });

  it('names the mint batch, its transaction and the manifest hash once minted, and the batch by a prefix', async () => {
    await core.ds.query(`INSERT INTO wallet (member_id, address) VALUES ($1, $2)`, [ids.a, Wallet.createRandom().address.toLowerCase()]);
    expect(await core.mint!.run()).toMatchObject({ confirmed: 1, failed: 0 });
    const t = answerOf(await core.why.why(ids.a, { kind: 'task', taskId: decided }));
    const mint = t.steps[0]!.mint!;
    const [batch] = await core.ds.query(`SELECT batch_id, tx_hash FROM mint_batch`);
    expect(mint).toEqual({ batchId: batch.batch_id, state: 'confirmed', txHash: batch.tx_hash, manifestHash: batch.batch_id });
    const text = await say('w-a', `/why ${decided}`);
    expect(text).toContain(`Minted in batch ${batch.batch_id} [confirmed], transaction ${batch.tx_hash}`);
    expect(text).toContain(`Manifest hash (keccak256 of its canonical text, the batch id): ${batch.batch_id}`);
    expect(text).not.toContain('Warning');

    const prefix = (batch.batch_id as string).slice(2, 12);
    const b = await core.why.why(ids.a, { kind: 'batch', prefix: `0x${prefix}` });
    expect(b).toEqual({
      kind: 'batch',
      trace: {
        mint,
        rows: [expect.objectContaining({ taskId: decided, campaignId: campaign, rule: 'majority.match', amount: 10n * TNET, correction: false })],
        count: 1,
        total: 10n * TNET,
      },
    });
    expect(await say('w-a', `/why batch ${prefix.toUpperCase()}`)).toContain(`Your total in this batch: 10 TNET in 1 row`);
    // A batch without the asker's rows is not theirs to trace (b had no wallet, so nothing of theirs was minted).
    expect(await core.why.why(ids.b, { kind: 'batch', prefix: `0x${prefix}` })).toEqual({ kind: 'refused', reason: 'no_batch' });
    expect(await say('w-b', `/why batch ${prefix}`)).toBe(`None of your rewards is in a mint batch whose id starts with 0x${prefix}.`);
  }, 60_000);

  it('shows the gold outcome once the campaign settles', async () => {
    await core.campaigns.transition(campaign, 'close');
    expect(await core.rounds.refit(campaign)).toMatchObject({ settled: true });
    const g = answerOf(await core.why.why(ids.a, { kind: 'task', taskId: gold }));
    expect(g).toMatchObject({ stage: 'gold', knownLabel: 'dog', consensus: null, net: 10n * TNET });
    expect(g.votes).toEqual([
      { option: 'cat', count: 0 },
      { option: 'dog', count: 3 },
      { option: 'bird', count: 0 },
    ]);
    expect(g.steps).toEqual([expect.objectContaining({ rule: 'gold.match', amount: 10n * TNET })]);
    const text = await say('w-a', `/why ${gold}`);
    expect(text).toContain('This was a check question; its known answer: dog');
    expect(text).toContain('Paid 10 TNET because it matches a known answer');
  });
});
