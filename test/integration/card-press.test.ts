import { activeCampaign, createTestCore, engine, member, type TestCore } from '../helpers/test-core';

/**
 * Answers only for served tasks (issue 14): a /task card serves its task (assignment), a
 * press on an open group or channel card of the task in the chat it came from serves it at
 * the card's posting or last edit; anything else (a forged button) changes nothing.
 */
describe(`answers pressed on cards on ${engine}`, () => {
  let core: TestCore;
  let now = Date.UTC(2026, 5, 1, 12);
  let chat = 'telegram:-100700';
  let chats = 700;
  beforeAll(async () => {
    core = await createTestCore({}, { clock: () => new Date(now) });
  });
  afterAll(async () => {
    await core.cleanup();
  });

  /** A campaign posted to a new `chat` with its cards sent as messages 1000, 1001, ... (one per task). */
  async function postedCampaign(items = 3): Promise<{ campaignId: number; cards: { taskId: number; messageId: string }[] }> {
    // A chat of its own for each campaign: its cards are the only open ones there.
    chat = `telegram:-100${++chats}`;
    const campaignId = await activeCampaign(core, { items, def: { answersPerTask: 3, maxAnswersPerTask: 3 } });
    await core.ds.query(`UPDATE campaign SET chat_ids = chat_ids || to_jsonb($2::text) WHERE id = $1`, [campaignId, chat]);
    const reserved = await core.posts.reserve(chat, { openCards: items, refillBelow: items });
    const cards = [];
    for (const r of reserved) {
      const messageId = String(1000 + r.taskId);
      await core.posts.sent(chat, r.taskId, messageId);
      cards.push({ taskId: r.taskId, messageId });
    }
    return { campaignId, cards };
  }

  const stored = async (taskId: number, memberId: number) => {
    const [row] = await core.ds.query(
      `SELECT (SELECT count(*)::int FROM answer WHERE task_id = $1 AND member_id = $2) AS answers,
              (SELECT count(*)::int FROM task_serve WHERE task_id = $1 AND member_id = $2) AS serves,
              (SELECT answer_count FROM task WHERE id = $1) AS counted`,
      [taskId, memberId],
    );
    return row as { answers: number; serves: number; counted: number };
  };
  const thinkOf = async (taskId: number, memberId: number): Promise<number | null> =>
    (await core.ds.query(`SELECT think_ms FROM answer WHERE task_id = $1 AND member_id = $2`, [taskId, memberId]))[0].think_ms;

  it('refuses an answer to a task never served to the member, and stores nothing', async () => {
    const { campaignId } = await postedCampaign(1);
    const [{ id: taskId }] = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1`, [campaignId]);
    const m = await member(core, 'forger');
    const r = await core.answers.submit({ memberId: m, taskId, choice: 'cat' });
    expect(r.outcome === 'rejected' && r.error.code).toBe('answer.not_served');
    expect(await stored(taskId, m)).toEqual({ answers: 0, serves: 0, counted: 0 });
  });

  it('admits a press on an open card of the task in its chat, timed from the card’s posting', async () => {
    const posted = now;
    const { cards } = await postedCampaign(1);
    const card = cards[0]!;
    const m = await member(core, 'group-reader');
    now += 4200;
    const r = await core.answers.submit({ memberId: m, taskId: card.taskId, choice: 'cat', card: { chatId: chat, messageId: card.messageId } });
    expect(r.outcome).toBe('accepted');
    expect(await thinkOf(card.taskId, m)).toBe(4200);
    const [serve] = await core.ds.query(`SELECT served_at FROM task_serve WHERE task_id = $1 AND member_id = $2`, [card.taskId, m]);
    expect(new Date(serve.served_at).getTime()).toBe(posted);
  });

  it('times a press from the card’s last edit, and keeps an earlier /task serve', async () => {
    const { campaignId, cards } = await postedCampaign(1);
    const card = cards[0]!;
    const viaTask = await member(core, 'task-first');
    const next = await core.assignment.next(viaTask, [campaignId]);
    expect(next.found && next.card.taskId).toBe(card.taskId);
    now += 1000;
    // Someone answered: the card was edited in front of the chat.
    await core.posts.shown(chat, card.messageId);
    const late = await member(core, 'after-edit');
    now += 1500;
    const press = { chatId: chat, messageId: card.messageId };
    expect((await core.answers.submit({ memberId: late, taskId: card.taskId, choice: 'cat', card: press })).outcome).toBe('accepted');
    expect((await core.answers.submit({ memberId: viaTask, taskId: card.taskId, choice: 'cat', card: press })).outcome).toBe('accepted');
    expect(await thinkOf(card.taskId, late)).toBe(1500);
    expect(await thinkOf(card.taskId, viaTask)).toBe(2500);
  });

  it('refuses a press whose card is of another task, another chat, another message or closed, and stores nothing', async () => {
    const { cards } = await postedCampaign(2);
    const [a, b] = cards as [{ taskId: number; messageId: string }, { taskId: number; messageId: string }];
    const m = await member(core, 'misplaced');
    const presses = [
      { chatId: chat, messageId: b.messageId }, // the other card's message
      { chatId: 'telegram:-100888', messageId: a.messageId }, // the same message id in another chat
      { chatId: chat, messageId: '99999999' }, // no such message
      { chatId: chat, messageId: 'not-a-number' },
    ];
    for (const card of presses) {
      const r = await core.answers.submit({ memberId: m, taskId: a.taskId, choice: 'cat', card });
      expect(r.outcome === 'rejected' && r.error.code).toBe('answer.not_served');
    }
    expect(await core.posts.close(chat, a.messageId)).toBe(true);
    const closed = await core.answers.submit({ memberId: m, taskId: a.taskId, choice: 'cat', card: { chatId: chat, messageId: a.messageId } });
    expect(closed.outcome === 'rejected' && closed.error.code).toBe('answer.not_served');
    expect(await stored(a.taskId, m)).toEqual({ answers: 0, serves: 0, counted: 0 });
  });

  it('admits concurrent presses of several members (one batch statement), each timed', async () => {
    const { cards } = await postedCampaign(3);
    const ms = await Promise.all(['batch1', 'batch2', 'batch3'].map((n) => member(core, n)));
    now += 2000;
    const forged = await member(core, 'batch-forger');
    const results = await Promise.all([
      ...cards.map((c, i) => core.answers.submit({ memberId: ms[i]!, taskId: c.taskId, choice: 'cat', card: { chatId: chat, messageId: c.messageId } })),
      core.answers.submit({ memberId: forged, taskId: cards[0]!.taskId, choice: 'cat' }),
    ]);
    expect(results.map((r) => (r.outcome === 'rejected' ? r.error.code : r.outcome))).toEqual(['accepted', 'accepted', 'accepted', 'answer.not_served']);
    for (const [i, c] of cards.entries()) expect(await thinkOf(c.taskId, ms[i]!)).toBe(2000);
    expect(await stored(cards[0]!.taskId, forged)).toEqual({ answers: 0, serves: 0, counted: 1 });
  });

  it('never posts a gold task as a group or channel card, however many cards the chat may show', async () => {
    // A gold card never closes by overlap and its count would set it apart (issue 14):
    // members meet gold only on their own /task cards.
    chat = `telegram:-100${++chats}`;
    const gold = Array.from({ length: 4 }, (_, i) => ({ key: `posted-gold${i}`, label: 'dog' }));
    const campaignId = await activeCampaign(core, { items: 2, gold, def: { goldShare: 0.5 } });
    await core.ds.query(`UPDATE campaign SET chat_ids = chat_ids || to_jsonb($2::text) WHERE id = $1`, [campaignId, chat]);
    const reserved = await core.posts.reserve(chat, { openCards: 20, refillBelow: 20 });
    const regular = await core.ds.query(`SELECT id FROM task WHERE campaign_id = $1 AND gold_label IS NULL ORDER BY id`, [campaignId]);
    expect(reserved.map((r) => r.taskId).sort((a, b) => a - b)).toEqual(regular.map((r: { id: number }) => r.id));
    for (const r of reserved) await core.posts.sent(chat, r.taskId, String(5000 + r.taskId));
    // Nor later, with every regular task posted.
    expect(await core.posts.reserve(chat, { openCards: 20, refillBelow: 20 })).toEqual([]);
  });
});
