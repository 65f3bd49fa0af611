import { createLogger } from '../../core';
import { answerButton } from '../../bots/common/button-id';
import { percent } from '../../bots/common/format';
import { sidesSwapped } from '../../core/tasks/pair-order';
import type { RunningTelegram } from '../../bots/telegram/start-telegram';
import { createTestCore, engine, type TestCore } from '../helpers/test-core';
import { startTestBot, stopTestBot } from '../helpers/telegram-bot';
import { TelegramEmulator, type BotMessage, type FakeChat } from '../helpers/telegram-emulator';

/** Telegram users of this file: 999 is a platform-wide moderator (ADMIN_TELEGRAM_IDS), 902 administers the group. */
const admin = { id: 999, firstName: 'Ada' };
const groupAdmin = { id: 902, firstName: 'Gus' };
const members = [311, 312, 313].map((id) => ({ id, firstName: `Judge ${id}` }));
const group: FakeChat = { id: -6101, type: 'group', title: 'Judges' };

/** The items: a is the better output of each pair, as every member in this file judges. */
const items = [
  { id: 'q1', prompt: 'Capital of France?', a: 'Paris', b: 'Lyon', model_a: 'strong', model_b: 'weak' },
  { id: 'q2', prompt: 'Two plus two?', a: 'Four', b: 'Five', model_a: 'strong', model_b: 'weak' },
  { id: 'q3', prompt: 'Colour of the sky?', a: 'Blue', b: 'Green', model_a: 'mid', model_b: 'weak' },
];
const itemOf = (key: string) => items.find((i) => i.id === key)!;

const taskOf = (m: BotMessage): number => Number(/ · task (\d+)\n/.exec(m.text)![1]);
const labels = (m: BotMessage): string[] => m.buttons.flat().map((b) => b.text);
const button = (m: BotMessage, label: string): string => m.buttons.flat().find((b) => b.text === label)!.data;

describe(`telegram pairwise campaign end to end on ${engine}`, () => {
  let core: TestCore;
  let tg: TelegramEmulator;
  let running: RunningTelegram;
  let campaignId: number;
  /** Task id -> item key. */
  const keyOf = new Map<number, string>();

  beforeAll(async () => {
    core = await createTestCore({}, { logger: createLogger({ level: 'warn', write: (l) => (process.env.TG_DEBUG ? process.stderr.write(l + '\n') : undefined) }) });
    tg = await TelegramEmulator.start('654321:TEST-token-for-pairwise-tests-0003');
    tg.admins.set(group.id, new Set([groupAdmin.id]));
    running = await startTestBot(core, tg, { adminIds: [String(admin.id)], editIntervalMs: 100 });
  }, 60_000);

  afterAll(async () => {
    await stopTestBot(running, tg, core);
  }, 60_000);

  const message = (chatId: number, re: RegExp, after: number): Promise<BotMessage> =>
    tg.waitFor(`a message matching ${re} in chat ${chatId}`, () => tg.botMessages(chatId).find((m) => m.messageId > after && re.test(m.text)));
  const ask = async (user: { id: number; firstName: string }, text: string, chat?: FakeChat): Promise<BotMessage> => {
    const chatId = chat?.id ?? user.id;
    const mark = tg.lastMessageId(chatId);
    await tg.send(user, text, chat);
    return message(chatId, /[\s\S]/, mark);
  };
  const memberIdOf = async (user: { id: number; firstName: string }): Promise<number> =>
    (await core.identities.resolve({ platform: 'telegram', platformUserId: String(user.id), displayName: user.firstName })).memberId;
  const answersOf = (taskId: number): Promise<{ member_id: number; choice: string; swapped: boolean }[]> =>
    core.ds.query(`SELECT member_id, choice, swapped FROM answer WHERE task_id = $1 ORDER BY member_id`, [taskId]);
  /** The card text's outputs, in the order shown, for the item of `taskId` seen swapped or not. */
  const shownPair = (taskId: number, swapped: boolean): string => {
    const it = itemOf(keyOf.get(taskId)!);
    const [first, second] = swapped ? [it.b, it.a] : [it.a, it.b];
    return `Prompt:\n${it.prompt}\n\nResponse 1:\n${first}\n\nResponse 2:\n${second}`;
  };

  it('creates a pairwise campaign through /campaign new without an options step, from a JSONL upload', async () => {
    expect((await ask(admin, '/campaign new')).text).toMatch(/Step 1 of 8: its name\?$/);
    expect((await ask(admin, 'Better answers')).text).toMatch(/^Step 2 of 8: which kind\?.*pairwise/);
    expect((await ask(admin, 'pairwise')).text).toMatch(/^Step 3 of 8/);
    // No options step: the next answer is the reward.
    expect((await ask(admin, 'Which response answers the prompt better?')).text).toBe(
      'Its options are fixed: A, B, tie, both bad.\nStep 5 of 8: the reward per accepted answer, in TNET (like 10 or 0.5)?',
    );
    expect((await ask(admin, '10')).text).toMatch(/^Step 6 of 8/);
    expect((await ask(admin, '3')).text).toMatch(/^Step 7 of 8/);
    const itemsStep = await ask(admin, '1000');
    expect(itemsStep.text).toContain('Better answers (pairwise): Which response answers the prompt better?');
    expect(itemsStep.text).toContain('Options: a (A is better), b (B is better), tie (Tie), both_bad (Both bad)');
    expect(itemsStep.text).toContain('Each pairwise item has a prompt and two outputs: columns prompt, a, b, and optionally model_a and model_b');

    // A row that is not a pair is refused by name, and nothing is created.
    let mark = tg.lastMessageId(admin.id);
    await tg.sendDocument(admin, { fileName: 'bad.jsonl', bytes: Buffer.from('{"id":"x","prompt":"p","a":"same","b":"same"}\n') });
    const refused = await message(admin.id, /[\s\S]/, mark);
    expect(refused.text).toContain('- line 1: outputs "a" and "b" are the same');
    expect(refused.text).toContain('Fix the file and send it again, or /cancel.');

    mark = tg.lastMessageId(admin.id);
    await tg.sendDocument(admin, { fileName: 'pairs.jsonl', bytes: Buffer.from(items.map((i) => JSON.stringify(i)).join('\n') + '\n') });
    const imported = await message(admin.id, /[\s\S]/, mark);
    campaignId = Number(/^Imported 3 items into draft campaign #(\d+)\.\n/.exec(imported.text)![1]);
    const draft = await core.campaigns.get(campaignId);
    expect(draft).toMatchObject({ kind: 'pairwise', status: 'draft', answersPerTask: 3 });
    expect(draft.options.map((o) => o.id)).toEqual(['a', 'b', 'tie', 'both_bad']);
    const tasks: { id: number; item_key: string; payload: Record<string, string> }[] = await core.ds.query(
      `SELECT id, item_key, payload FROM task WHERE campaign_id = $1 ORDER BY id`,
      [campaignId],
    );
    for (const t of tasks) keyOf.set(t.id, t.item_key);
    expect(tasks.map((t) => [t.item_key, t.payload.prompt, t.payload.a, t.payload.b, t.payload.model_a, t.payload.model_b])).toEqual(
      items.map((i) => [i.id, i.prompt, i.a, i.b, i.model_a, i.model_b]),
    );
    expect((await ask(admin, 'activate')).text).toBe(`Campaign #${campaignId} is active. Post it in a group with /campaign post ${campaignId} [cards at a time].`);
  }, 60_000);

  it("shows a group card in the group's order, and stores a or b as that order says", async () => {
    const mark = tg.lastMessageId(group.id);
    expect((await ask(groupAdmin, `/campaign post ${campaignId} 1`, group)).text).toBe(`Campaign #${campaignId} is now posted here, 1 card at a time.`);
    const card = await tg.waitFor('the group card', () => tg.botMessages(group.id).find((m) => m.messageId > mark && m.buttons.length > 0));
    const taskId = taskOf(card);
    const swapped = sidesSwapped(taskId, { chatId: `telegram:${group.id}` });
    expect(card.text).toContain(shownPair(taskId, swapped));
    expect(card.text).toContain('0/3 answers');
    expect(labels(card)).toEqual(['1 is better', '2 is better', 'Tie', 'Both bad']);
    // The models stay unnamed: a blind comparison.
    expect(card.text).not.toMatch(/\b(strong|weak|mid)\b/);

    // Every member prefers output a: "1 is better" when the group sees a first, else "2 is better".
    const pick = swapped ? '2 is better' : '1 is better';
    for (const m of members) await tg.press(m, card, button(card, pick), group);
    const final = await tg.waitFor('the group card with its consensus', () => {
      const m = tg.botMessages(group.id).find((x) => x.messageId === card.messageId)!;
      return m.buttons.length === 0 && /Consensus: /.test(m.text) && m;
    });
    // The consensus is named as the group saw it, with the pair still in the group's order.
    expect(final.text).toMatch(new RegExp(`Consensus: ${pick} · 3 answers$`));
    expect(final.text).toContain(shownPair(taskId, swapped));

    // The three presses run concurrently: who became which member id is theirs to race.
    const ids = (await Promise.all(members.map(memberIdOf))).sort((x, y) => x - y);
    expect(await answersOf(taskId)).toEqual(ids.map((id) => ({ member_id: id, choice: 'a', swapped })));
    const t = await core.assignment.card(taskId);
    expect([t.status, t.consensusLabel]).toEqual(['final', 'a']);
  }, 60_000);

  it("shows each member's /task card in that member's order, and stores the side behind the button pressed", async () => {
    const seen = new Set<boolean>();
    // Each member judges every task left; a is the better output, so the button pressed is
    // "1 is better" where the member sees a first and "2 is better" where they see b first.
    for (const m of members) {
      const memberId = await memberIdOf(m);
      for (;;) {
        const mark = tg.lastMessageId(m.id);
        await tg.send(m, `/task ${campaignId}`);
        const card = await message(m.id, /^(Campaign #\d+ · |You have answered every task)/, mark);
        if (card.text.startsWith('You have answered')) break;
        const taskId = taskOf(card);
        const swapped = sidesSwapped(taskId, { memberId });
        seen.add(swapped);
        expect(card.text).toContain(shownPair(taskId, swapped));
        expect(labels(card)).toEqual(['1 is better', '2 is better', 'Tie', 'Both bad']);
        // "1 is better" carries the index of the output shown first: b's where the member sees b first.
        expect(button(card, '1 is better')).toBe(answerButton(taskId, swapped ? 1 : 0));
        const pick = swapped ? '2 is better' : '1 is better';
        await tg.press(m, card, button(card, pick));
        await tg.waitFor('the card showing the recorded answer', () => {
          const x = tg.botMessages(m.id).find((y) => y.messageId === card.messageId)!;
          return x.text.startsWith(`Answer recorded: ${pick}.\n`) && x;
        });
        const stored = (await answersOf(taskId)).filter((a) => a.member_id === memberId);
        expect(stored).toEqual([{ member_id: memberId, choice: 'a', swapped }]);
      }
    }
    // This file's members see both orders (a fixed hash of ids the fresh database gives the same way each run).
    expect(seen).toEqual(new Set([false, true]));
    const tasks = await Promise.all([...keyOf.keys()].map((id) => core.assignment.card(id)));
    expect(tasks.map((t) => [t.status, t.consensusLabel])).toEqual(items.map(() => ['final', 'a']));
    // The scoring job's round: every task is decided, so the campaign settles and pays (or withholds) each answer.
    const round = await core.rounds.refit(campaignId);
    expect(round.settled).toBe(true);
    const ledger: { member_id: number; task_id: number; consensus_label: string; status: string; rule: string }[] = await core.ds.query(
      `SELECT member_id, task_id, consensus_label, status, rule FROM reward_ledger WHERE campaign_id = $1 ORDER BY task_id, member_id`,
      [campaignId],
    );
    const ids = (await Promise.all(members.map(memberIdOf))).sort((x, y) => x - y);
    expect(ledger).toEqual(
      [...keyOf.keys()].sort((x, y) => x - y).flatMap((task_id) => ids.map((member_id) => ({ member_id, task_id, consensus_label: 'a', status: 'pending', rule: 'consensus.match' }))),
    );
  }, 90_000);

  it('reports position bias and the model ranking in /campaign stats', async () => {
    const stored: { choice: string; swapped: boolean }[] = await core.ds.query(`SELECT choice, swapped FROM answer WHERE campaign_id = $1`, [campaignId]);
    const first = stored.filter((a) => (a.choice === 'a') !== a.swapped).length;
    const before = tg.uploadsOf('sendPhoto').length;
    await tg.send(members[0]!, `/campaign stats ${campaignId}`);
    const [upload] = await tg.waitFor('the stats picture', () => {
      const u = tg.uploadsOf('sendPhoto').slice(before);
      return u.length > 0 && u;
    });
    const text = upload!.fields.caption!;
    expect(text).toContain(`Position bias: the output shown first won ${percent(first / 9)} of 9 answers that chose a side (95% `);
    expect(text).toContain('Ranking (Bradley-Terry over 3 decided pairs, 95% interval):');
    const ranked = [...text.matchAll(/^(\d)\. (\w+): -?\d+ \(-?\d+–-?\d+\), (\d) pairs?$/gm)].map((m) => [m[1], m[2], m[3]]);
    // weak lost every pair; strong and mid won theirs.
    expect(ranked).toHaveLength(3);
    expect(ranked[2]).toEqual(['3', 'weak', '3']);
    expect(ranked.slice(0, 2).map((r) => r[1]).sort()).toEqual(['mid', 'strong']);
  }, 30_000);

  it('sends /campaign export <id> dpo as a document of exactly prompt, chosen, rejected lines', async () => {
    const before = tg.uploadsOf('sendDocument').length;
    await tg.send(admin, `/campaign export ${campaignId} dpo`);
    const [upload] = await tg.waitFor('the dpo document', () => {
      const u = tg.uploadsOf('sendDocument').slice(before);
      return u.length > 0 && u;
    });
    expect(upload!.file.filename).toBe(`campaign-${campaignId}.dpo.jsonl`);
    expect(upload!.fields.caption).toBe(`Campaign #${campaignId}: 3 tasks decided, as DPO preference pairs (JSON lines).`);
    const lines = upload!.file.bytes.toString('utf8').trimEnd().split('\n');
    expect(lines.map((l) => Object.keys(JSON.parse(l)))).toEqual(items.map(() => ['prompt', 'chosen', 'rejected']));
    expect(lines.map((l) => JSON.parse(l))).toEqual(items.map((i) => ({ prompt: i.prompt, chosen: i.a, rejected: i.b })));

    const next = tg.uploadsOf('sendDocument').length;
    await tg.send(admin, `/campaign export ${campaignId} ranking`);
    const [ranking] = await tg.waitFor('the ranking document', () => {
      const u = tg.uploadsOf('sendDocument').slice(next);
      return u.length > 0 && u;
    });
    expect(ranking!.file.filename).toBe(`campaign-${campaignId}.ranking.csv`);
    const rows = ranking!.file.bytes.toString('utf8').trimEnd().split('\r\n');
    expect(rows[0]).toBe('rank,model,score,low_95,high_95,pairs');
    expect(rows.slice(1).map((r) => r.split(',')[1]).at(-1)).toBe('weak');
    expect((await ask(admin, `/campaign export ${campaignId} parquet`)).text).toMatch(/^Usage: \/campaign export <id> \[format\]/);
  }, 30_000);
});
