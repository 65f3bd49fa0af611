import { createTelegramBot, type TelegramBot } from '../../bots/telegram/create-telegram-bot';
import { SendBudgetService } from '../../core/send-budget/send-budget.service';
import { createTestCore, engine, postgresDataSource, type TestCore } from '../helpers/test-core';
import { TelegramEmulator, type RecordedCall } from '../helpers/telegram-emulator';

/** The budgets of this test: small, so a few dozen messages cross them (the bot-wide one is a second's worth, as createTelegramBot sets it). */
const GLOBAL = { capacity: 6, perSecond: 6 };
const PRIVATE = { capacity: 2, perSecond: 2 };
const GROUP = [{ capacity: 1, perSecond: 2 }];

/**
 * The most calls of `calls` inside any window of `windowMs` that starts at a call: what a
 * bucket of `capacity` refilled at `perSecond` allows there is capacity + perSecond * window.
 */
function busiestWindow(calls: readonly RecordedCall[], windowMs: number): number {
  const at = calls.map((c) => c.at).sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < at.length; i++) {
    while (j < at.length && at[j]! < at[i]! + windowMs) j++;
    most = Math.max(most, j - i);
  }
  return most;
}

const allowed = (rule: { capacity: number; perSecond: number }, windowMs: number) => rule.capacity + Math.floor((rule.perSecond * windowMs) / 1000);

/**
 * Two bot replicas (two grammY clients, two connection pools) on one PostgreSQL database,
 * sending at once to the Telegram emulator: together they keep the bot-wide and per-chat
 * budgets, counted on the emulator's record of the calls. A control run with each bot's
 * budgets in its own memory shows the count would catch a breach.
 */
(engine === 'postgres' ? describe : describe.skip)('two Telegram replicas share the send budgets on postgres', () => {
  let core: TestCore;
  let tg: TelegramEmulator;
  let other: ReturnType<typeof postgresDataSource>;

  beforeAll(async () => {
    core = await createTestCore();
    other = postgresDataSource((core.ds.options as { url: string }).url, 10);
    await other.initialize();
    tg = await TelegramEmulator.start('777001:TEST-token-for-replica-throttle-01');
  });
  afterAll(async () => {
    await tg?.stop();
    await other?.destroy();
    await core?.cleanup();
  });

  const botOn = (budget: SendBudgetService | false): TelegramBot =>
    createTelegramBot(core, {
      token: tg.token,
      apiRoot: tg.apiRoot,
      adminIds: [],
      globalPerSecond: GLOBAL.perSecond,
      chatLimits: { privateChat: [PRIVATE], group: GROUP },
      sharedBudget: budget,
    });

  /** Both bots send `each` messages at once: to private chats 1..5 in turn, and to one group. */
  async function burst(bots: TelegramBot[], each: number, tag: string): Promise<RecordedCall[]> {
    // A first HTTP call loads the client and opens its connection: sends cleared by the
    // budget would otherwise queue behind it and reach the server bunched.
    await Promise.all(bots.map((b) => b.bot.api.getMe()));
    const from = tg.calls.length;
    await Promise.all(
      bots.flatMap((b, n) =>
        Array.from({ length: each }, (_, i) => {
          const chat = i % 6 === 5 ? -9000 : 1 + (i % 5);
          return b.bot.api.sendMessage(chat, `${tag} bot ${n} message ${i}`);
        }),
      ),
    );
    return tg.calls.slice(from).filter((c) => c.method === 'sendMessage');
  }

  it('keeps the bot-wide and each chat\'s budget with both replicas sending at once', async () => {
    const bots = [botOn(new SendBudgetService(core.ds)), botOn(new SendBudgetService(other))];
    const calls = await burst(bots, 24, 'shared');
    expect(calls).toHaveLength(48);
    const breaches: string[] = [];
    const check = (what: string, of: RecordedCall[], rule: { capacity: number; perSecond: number }) => {
      for (const windowMs of [250, 1000, 2000]) {
        const most = busiestWindow(of, windowMs);
        if (most > allowed(rule, windowMs)) breaches.push(`${what}: ${most} calls in ${windowMs} ms, ${allowed(rule, windowMs)} allowed`);
      }
    };
    check('bot-wide', calls, GLOBAL);
    check('group -9000', calls.filter((c) => c.payload.chat_id === -9000), GROUP[0]!);
    for (const chat of [1, 2, 3, 4, 5]) check(`chat ${chat}`, calls.filter((c) => c.payload.chat_id === chat), PRIVATE);
    expect(breaches).toEqual([]);
    // One chat's messages arrive in the order each replica sent them.
    for (const n of [0, 1]) {
      const order = calls.filter((c) => c.payload.chat_id === 1 && String(c.payload.text).startsWith(`shared bot ${n} `)).map((c) => Number(String(c.payload.text).split(' ').pop()));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  }, 60_000);

  it('(control) breaks the bot-wide budget when each replica keeps it in its own memory', async () => {
    const bots = [botOn(false), botOn(false)];
    const calls = await burst(bots, 24, 'apart');
    expect(busiestWindow(calls, 1000)).toBeGreaterThan(allowed(GLOBAL, 1000));
  }, 60_000);
});
