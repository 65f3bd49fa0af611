import { answerButton } from '../../bots/common/button-id';
import { percent } from '../../bots/common/format';
import { PNG_SIGNATURE } from '../../bots/common/chart-png';
import type { RunningDiscord } from '../../bots/discord/start-discord';
import { sidesSwapped } from '../../core/tasks/pair-order';
import { createTestCore, engine, testCommunity, type TestCore } from '../helpers/test-core';
import { startTestDiscord, stopTestDiscord } from '../helpers/discord-bot';
import { DiscordServer, MANAGE_GUILD, MEMBER_PERMISSIONS, type FakeUser, type StoredMessage } from '../helpers/discord-server';

const mona: FakeUser = { id: '330000000000000009', username: 'mona', permissions: MEMBER_PERMISSIONS | MANAGE_GUILD };
const judges: FakeUser[] = [1, 2, 3].map((i) => ({ id: `33000000000000010${i}`, username: `judge${i}` }));
const channel = '900000000000000301';

/** The items: a is the better output of each pair, as every member in this file judges. */
const items = [
  { id: 'q1', prompt: 'Capital of France?', a: 'Paris', b: 'Lyon', model_a: 'strong', model_b: 'weak' },
  { id: 'q2', prompt: 'Two plus two?', a: 'Four', b: 'Five', model_a: 'strong', model_b: 'weak' },
  { id: 'q3', prompt: 'Colour of the sky?', a: 'Blue', b: 'Green', model_a: 'mid', model_b: 'weak' },
];

const text = DiscordServer.textOf;
const buttons = DiscordServer.buttonsOf;
const taskOf = (m: StoredMessage): number => Number(/ · task (\d+)/.exec(text(m))![1]);
const button = (m: StoredMessage, label: string): string => buttons(m).find((b) => b.label === label)!.id;
const LABELS = ['1 is better', '2 is better', 'Tie', 'Both bad'];

describe(`discord pairwise campaign end to end on ${engine}`, () => {
  let core: TestCore;
  let dc: DiscordServer;
  let running: RunningDiscord;
  let campaignId: number;
  /** Task id -> item. */
  const itemOf = new Map<number, (typeof items)[number]>();

  beforeAll(async () => {
    core = await createTestCore();
    dc = await DiscordServer.start({ guilds: [{ id: '900000000000000003', name: 'Judges', channelIds: [channel] }] });
    running = await startTestDiscord(core, dc, { adminIds: [], editIntervalMs: 100 });
    await testCommunity(core, 'discord', dc.guilds[0]!.id);
  }, 60_000);

  afterAll(async () => {
    await stopTestDiscord(running, dc, core);
  }, 60_000);

  afterEach(() => expect(dc.violations).toEqual([]));

  const memberIdOf = async (u: FakeUser): Promise<number> => (await core.identities.resolve({ platform: 'discord', platformUserId: u.id, displayName: u.username })).memberId;
  const answersOf = (taskId: number): Promise<{ member_id: number; choice: string; swapped: boolean }[]> =>
    core.ds.query(`SELECT member_id, choice, swapped FROM answer WHERE task_id = $1 ORDER BY member_id`, [taskId]);
  /** The outputs as a card shows them to a viewer who sees them swapped or not. */
  const shownPair = (taskId: number, swapped: boolean): string[] => {
    const it = itemOf.get(taskId)!;
    const [first, second] = swapped ? [it.b, it.a] : [it.a, it.b];
    return ['Prompt:', it.prompt, 'Response 1:', first, 'Response 2:', second];
  };
  /** The card's lines from "Prompt:" on, up to the footer: what the member reads of the pair. */
  const pairOnCard = (m: StoredMessage): string[] => {
    const lines = text(m).split('\n').filter((l) => l.trim() !== '');
    const from = lines.indexOf('Prompt:');
    return lines.slice(from, from + 6);
  };

  it('creates a pairwise campaign with /campaign new and a JSONL attachment, without options', async () => {
    const file = dc.upload('pairs.jsonl', Buffer.from(items.map((i) => JSON.stringify(i)).join('\n') + '\n'));
    const reply = await dc.answered(
      dc.slash(mona, 'campaign', {
        subcommand: 'new',
        channelId: channel,
        options: { name: 'Better answers', kind: 'pairwise', question: 'Which response answers the prompt better?', reward: '10', budget: '1000', items: file },
      }),
    );
    campaignId = Number(/^Imported 3 items into draft campaign #(\d+)\./.exec(text(reply))![1]);
    const draft = await core.campaigns.get(campaignId);
    expect(draft).toMatchObject({ kind: 'pairwise', status: 'draft', answersPerTask: 3 });
    expect(draft.options.map((o) => o.id)).toEqual(['a', 'b', 'tie', 'both_bad']);
    const tasks: { id: number; item_key: string; payload: Record<string, string> }[] = await core.ds.query(`SELECT id, item_key, payload FROM task WHERE campaign_id = $1 ORDER BY id`, [campaignId]);
    for (const t of tasks) itemOf.set(t.id, items.find((i) => i.id === t.item_key)!);
    expect(tasks.map((t) => [t.item_key, t.payload.a, t.payload.b, t.payload.model_a])).toEqual(items.map((i) => [i.id, i.a, i.b, i.model_a]));

    // Options given to a pairwise campaign are refused, naming the rule; nothing is created.
    const again = dc.upload('pairs.jsonl', Buffer.from(JSON.stringify(items[0]) + '\n'));
    const refused = await dc.answered(
      dc.slash(mona, 'campaign', {
        subcommand: 'new',
        channelId: channel,
        options: { name: 'With options', kind: 'pairwise', question: 'Q?', reward: '10', budget: '1000', items: again, options: 'x, y' },
      }),
    );
    expect(text(refused)).toContain('a pairwise campaign has fixed options (a, b, tie, both_bad); leave them out');
    const [{ n }] = await core.ds.query(`SELECT count(*)::int AS n FROM campaign WHERE name = 'With options'`);
    expect(n).toBe(0);

    expect(text(await dc.answered(dc.slash(mona, 'campaign', { subcommand: 'activate', options: { id: campaignId }, channelId: channel })))).toMatch(
      new RegExp(`^Campaign #${campaignId} is (now )?active`),
    );
  }, 30_000);

  it("shows a channel card in the channel's order, and stores a or b as that order says", async () => {
    const post = dc.slash(mona, 'campaign', { subcommand: 'post', options: { id: campaignId }, channelId: channel });
    expect(text(await dc.answered(post))).toBe(`Campaign #${campaignId} is now posted here.`);
    const cards = await dc.waitFor('three cards', () => dc.channelMessages(channel).length === 3 && dc.channelMessages(channel));
    const card = cards[0]!;
    const taskId = taskOf(card);
    const swapped = sidesSwapped(taskId, { chatId: `discord:${channel}` });
    expect(pairOnCard(card)).toEqual(shownPair(taskId, swapped));
    expect(buttons(card).map((b) => b.label)).toEqual(LABELS);
    expect(button(card, '1 is better')).toBe(answerButton(taskId, swapped ? 1 : 0));
    expect(text(card)).not.toMatch(/\b(strong|weak|mid)\b/);

    // Each member prefers output a: the button naming the place the channel shows it in.
    const pick = swapped ? '2 is better' : '1 is better';
    const taps = judges.map((j) => dc.press(j, card, button(card, pick)));
    for (const tap of taps) expect(text(await dc.answered(tap))).toMatch(new RegExp(`^Answer recorded: ${pick}\\.\\n`));
    const final = await dc.waitFor('the card with its consensus', () => {
      const m = dc.messages.get(card.id)!;
      return m.components.length === 0 && /Consensus: /.test(text(m)) && m;
    });
    expect(text(final)).toMatch(new RegExp(`Consensus: ${pick} · 3 answers$`));
    const ids = (await Promise.all(judges.map(memberIdOf))).sort((x, y) => x - y);
    expect(await answersOf(taskId)).toEqual(ids.map((member_id) => ({ member_id, choice: 'a', swapped })));
  }, 30_000);

  it("shows each member's /task card in that member's order, and settles every pair", async () => {
    const seen = new Set<boolean>();
    for (const j of judges) {
      const memberId = await memberIdOf(j);
      let card = await dc.answered(dc.slash(j, 'task', { options: { campaign: campaignId }, channelId: channel }));
      while (/^Campaign #/.test(text(card))) {
        expect(card.flags & 64).toBe(64);
        const taskId = taskOf(card);
        const swapped = sidesSwapped(taskId, { memberId });
        seen.add(swapped);
        expect(pairOnCard(card)).toEqual(shownPair(taskId, swapped));
        expect(buttons(card).map((b) => b.label)).toEqual(LABELS);
        const pick = swapped ? '2 is better' : '1 is better';
        const outcome = await dc.answered(dc.press(j, card, button(card, pick)), 'the recorded answer');
        expect(text(outcome)).toMatch(new RegExp(`^Answer recorded: ${pick}\\.\\n`));
        expect((await answersOf(taskId)).filter((a) => a.member_id === memberId)).toEqual([{ member_id: memberId, choice: 'a', swapped }]);
        card = await dc.answered(dc.press(j, outcome, `n:${campaignId}`), 'the next card');
      }
      expect(text(card)).toMatch(/^You have answered every task/);
    }
    expect(seen).toEqual(new Set([false, true]));
    const tasks = await Promise.all([...itemOf.keys()].map((id) => core.assignment.card(id)));
    expect(tasks.map((t) => [t.status, t.consensusLabel])).toEqual(items.map(() => ['final', 'a']));
    // The scoring job's round settles the campaign: a ledger row per answer, each matching the consensus.
    expect((await core.rounds.refit(campaignId)).settled).toBe(true);
    const [{ n }] = await core.ds.query(`SELECT count(*)::int AS n FROM reward_ledger WHERE campaign_id = $1 AND consensus_label = 'a' AND rule = 'consensus.match'`, [campaignId]);
    expect(n).toBe(9);
  }, 60_000);

  it('answers /campaign stats with position bias and the ranking in words, and the chart', async () => {
    const stored: { choice: string; swapped: boolean }[] = await core.ds.query(`SELECT choice, swapped FROM answer WHERE campaign_id = $1`, [campaignId]);
    const first = stored.filter((a) => (a.choice === 'a') !== a.swapped).length;
    const reply = await dc.answered(dc.slash(judges[0]!, 'campaign', { subcommand: 'stats', options: { id: campaignId }, channelId: channel }));
    const words = text(reply);
    expect(words).toContain(`Position bias: the output shown first won ${percent(first / 9)} of 9 answers that chose a side (95% `);
    expect(words).toContain('Ranking (Bradley-Terry over 3 decided pairs, 95% interval):');
    // Discord escapes "1." at a line's start (a numbered list otherwise): members read it as sent.
    const ranked = [...words.matchAll(/^(\d)\\\. (\w+): -?\d+ \(-?\d+–-?\d+\), (\d) pairs?$/gm)].map((m) => [m[1], m[2], m[3]]);
    expect(ranked).toHaveLength(3);
    expect(ranked[2]).toEqual(['3', 'weak', '3']);
    expect(reply.attachments[0]!.bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  }, 30_000);

  it('exports the decided pairs as DPO lines and the models as a ranking CSV', async () => {
    const exportAs = (format: string) => dc.answered(dc.slash(mona, 'campaign', { subcommand: 'export', options: { id: campaignId, format }, channelId: channel }));
    const dpo = await exportAs('dpo');
    expect(text(dpo)).toBe(`Campaign #${campaignId}: 3 tasks decided, as DPO preference pairs (JSON lines).`);
    expect(dpo.flags & 64).toBe(64);
    expect(dpo.attachments.map((a) => a.filename)).toEqual([`campaign-${campaignId}.dpo.jsonl`]);
    const lines = dpo.attachments[0]!.bytes.toString('utf8').trimEnd().split('\n');
    expect(lines.map((l) => Object.keys(JSON.parse(l)))).toEqual(items.map(() => ['prompt', 'chosen', 'rejected']));
    expect(lines.map((l) => JSON.parse(l))).toEqual(items.map((i) => ({ prompt: i.prompt, chosen: i.a, rejected: i.b })));

    const ranking = await exportAs('ranking');
    expect(text(ranking)).toBe(`Campaign #${campaignId}: 3 models ranked by Bradley-Terry, as CSV.`);
    expect(ranking.attachments.map((a) => a.filename)).toEqual([`campaign-${campaignId}.ranking.csv`]);
    const rows = ranking.attachments[0]!.bytes.toString('utf8').trimEnd().split('\r\n');
    expect(rows[0]).toBe('rank,model,score,low_95,high_95,pairs');
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 2).join(','))).toHaveLength(3);
    expect(rows.at(-1)!.split(',').slice(0, 2)).toEqual(['3', 'weak']);
    expect(rows.at(-1)!.split(',').at(-1)).toBe('3');
  }, 30_000);
});
