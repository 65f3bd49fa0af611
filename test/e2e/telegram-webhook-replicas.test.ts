import { createTelegramBot } from '../../bots/telegram/create-telegram-bot';
import { startTelegram, webhookSecret, type RunningTelegram } from '../../bots/telegram/start-telegram';
import { createCore, createLogger, loadConfig, type Core } from '../../core';
import { activeCampaign, createTestCore, engine, postgresDataSource, type TestCore } from '../helpers/test-core';
import { TelegramEmulator, type BotMessage } from '../helpers/telegram-emulator';

const rita = { id: 5151, first_name: 'Rita', is_bot: false };

/**
 * Two bot replicas (two cores, two pools, one PostgreSQL database) in webhook mode behind
 * one URL: every update may reach either, so a member's /task and their answers alternate
 * between them, and one card pressed on both at once records one answer.
 */
(engine === 'postgres' ? describe : describe.skip)('telegram webhook replicas on postgres', () => {
  let a: TestCore;
  let b: Core;
  let tg: TelegramEmulator;
  const running: RunningTelegram[] = [];
  let updateId = 0;

  beforeAll(async () => {
    a = await createTestCore();
    b = await createCore(loadConfig({ ANSWERS_PER_MINUTE: '0', LOG_LEVEL: 'error', GOLD_DRAW_KEY: 'tnet-test-gold-draw', DATA_DIR: a.config.dataDir }), {
      ds: postgresDataSource((a.ds.options as { url: string }).url, 10),
      logger: createLogger({ level: 'error', write: () => undefined }),
    });
    tg = await TelegramEmulator.start('777003:WEBHOOK-replicas-token-for-the-bot1');
    for (const core of [a, b]) {
      const bot = createTelegramBot(core, { token: tg.token, apiRoot: tg.apiRoot, adminIds: [], chatLimits: { privateChat: [{ capacity: 1000, perSecond: 1000 }], group: [{ capacity: 1000, perSecond: 1000 }] } });
      running.push(await startTelegram(bot, { token: tg.token, logger: core.logger, webhookUrl: 'https://bots.example.org/tg/hook', port: 0, host: '127.0.0.1' }));
    }
  }, 60_000);
  afterAll(async () => {
    for (const r of running) await r.stop();
    await tg?.stop();
    await b?.close();
    await a?.cleanup();
  });

  /** Telegram delivering an update to replica `n` (what the load balancer in front picks). */
  const deliver = async (n: number, update: Record<string, unknown>): Promise<void> => {
    const res = await fetch(`http://127.0.0.1:${running[n]!.port}/tg/hook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': webhookSecret(tg.token) },
      body: JSON.stringify({ update_id: ++updateId, ...update }),
    });
    expect(res.status).toBe(200);
  };
  const chat = { id: rita.id, type: 'private', first_name: rita.first_name };
  const command = (text: string) => ({ message: { message_id: updateId + 1, date: Math.floor(Date.now() / 1000), chat, from: rita, text, entities: [{ type: 'bot_command', offset: 0, length: text.length }] } });
  const press = (card: BotMessage, data: string) => ({
    callback_query: { id: `cb${updateId + 1}`, from: rita, chat_instance: 'ci', data, message: { message_id: card.messageId, date: Math.floor(Date.now() / 1000), chat, text: card.text } },
  });
  const nextCard = (after: number) => tg.waitFor('a task card', () => tg.botMessages(rita.id).find((m) => m.messageId > after && /· task \d+/.test(m.text) && m.buttons.length > 0));

  it('sets the same webhook from each replica, and serves one member from both in turn', async () => {
    const hooks = tg.callsOf('setWebhook').map((c) => c.payload);
    expect(hooks).toHaveLength(2);
    expect(hooks[1]).toEqual(hooks[0]);

    const campaignId = await activeCampaign(a, { items: 6, def: { minThinkMs: 0 } });
    let mark = 0;
    const answered: number[] = [];
    for (let round = 0; round < 4; round++) {
      // /task on one replica, the answer on the other.
      await deliver(round % 2, command(`/task ${campaignId}`));
      const card = await nextCard(mark);
      mark = tg.lastMessageId(rita.id);
      const task = Number(/· task (\d+)/.exec(card.text)![1]);
      const option = card.buttons.flat().find((x) => x.text === 'cat')!;
      if (round === 3) {
        // The same press reaching both replicas at once (a retry after a slow reply).
        await Promise.all([deliver(0, press(card, option.data)), deliver(1, press(card, option.data))]);
      } else await deliver((round + 1) % 2, press(card, option.data));
      // A webhook reply waits for the update's handling: the answer is stored once deliver resolves.
      answered.push(task);
    }
    const rows: { task_id: number; n: number }[] = await a.ds.query(
      `SELECT a.task_id, count(*)::int AS n FROM answer a JOIN identity i ON i.member_id = a.member_id WHERE i.platform = 'telegram' AND i.platform_user_id = $1 GROUP BY a.task_id ORDER BY a.task_id`,
      [String(rita.id)],
    );
    expect(rows).toEqual([...new Set(answered)].sort((x, y) => x - y).map((task_id) => ({ task_id, n: 1 })));
  }, 60_000);
});
