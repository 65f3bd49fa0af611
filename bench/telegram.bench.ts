/**
 * bench:telegram — 200 simulated members answering through the Bot API emulator
 * (telegram-test-api on 127.0.0.1, behind the test recorder's long polling) against the
 * real bot: grammY with the runner, the throttler and auto-retry, the shared command layer,
 * the core on embedded PGlite (or PostgreSQL with DATABASE_URL).
 *
 *   npm run bench:telegram -- [--members N] [--seconds N] [--think-ms N]
 *
 * Each member loops: /task, tap an option, tap "Next task", tap an option, ... and waits
 * --think-ms (default 1000) from one send to the next, so 200 members offer about 200
 * updates per second. Latency is update-to-reply: from handing the update to the emulator
 * to the bot's next message in that member's chat. The first 3 seconds are warm-up.
 * The bot, the emulator and the members share this one process (and its event loop), so
 * the figures include the emulator's own work. Telegram's global limit of about 30
 * messages per second is raised to 1000 here (each answer costs two calls: the reply and
 * the card's buttons removed), so the bench measures the bot, not the throttle. Progress on stderr; the last stdout line is
 * one JSON object of snake_case figures.
 */
import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import { Readable } from 'node:stream';
import { createCore, createLogger, loadConfig } from '../core';
import { createDataSource } from '../ormconfig';
import { createTelegramBot } from '../bots/telegram/create-telegram-bot';
import { startTelegram } from '../bots/telegram/start-telegram';
import { TelegramEmulator, type BotMessage } from '../test/helpers/telegram-emulator';

const arg = (name: string, d: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

async function main(): Promise<void> {
  const members = arg('members', 200);
  const seconds = arg('seconds', 20);
  const thinkMs = arg('think-ms', 1000);
  const warmupMs = 3000;
  const engine = process.env.DATABASE_URL ? 'postgres' : 'pglite';
  const config = loadConfig({ ANSWERS_PER_MINUTE: '0', LOG_LEVEL: 'error', ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}) });
  const logger = createLogger({ level: 'error' });
  const core = await createCore(config, { logger, ds: createDataSource({ databaseUrl: config.databaseUrl }) });
  const c = await core.campaigns.create(
    { name: 'Bench', kind: 'label', question: 'Cat or dog?', options: ['cat', 'dog'], reward: '1', budget: '100000000', answersPerTask: 3, maxAnswersPerTask: 5 },
    null,
  );
  const csv = ['id,text', ...Array.from({ length: arg('items', 2000) }, (_, i) => `b${i},picture ${i}`)].join('\n') + '\n';
  await core.campaigns.importItems(c.id, Readable.from([csv]), 'csv');
  await core.campaigns.transition(c.id, 'activate');

  const tg = await TelegramEmulator.start();
  const bot = createTelegramBot(core, { token: tg.token, apiRoot: tg.apiRoot, adminIds: [], globalPerSecond: 1000 });
  const running = await startTelegram(bot, { token: tg.token, logger });

  const waiting = new Map<number, { sentAt: number; resolve: () => void }>();
  const latencies: number[] = [];
  let replied = 0;
  const start = performance.now();
  const measuredFrom = start + warmupMs;
  const endAt = start + warmupMs + seconds * 1000;
  const lastMessage = new Map<number, BotMessage>();
  const unsubscribe = tg.onBotMessage((m) => {
    const chatId = m.chatId;
    lastMessage.set(chatId, m);
    const w = waiting.get(chatId);
    if (!w) return;
    waiting.delete(chatId);
    const now = performance.now();
    if (w.sentAt >= measuredFrom && now <= endAt) {
      latencies.push(now - w.sentAt);
      replied += 1;
    }
    w.resolve();
  });

  let timeouts = 0;
  const memberLoop = async (index: number) => {
    const user = { id: 10_000 + index, firstName: `m${index}` };
    let step = 0;
    // Spread the members' first sends over one think time.
    await new Promise((r) => setTimeout(r, (thinkMs * index) / members));
    while (performance.now() < endAt) {
      const sentAt = performance.now();
      const last = lastMessage.get(user.id);
      const reply = new Promise<void>((resolve) => waiting.set(user.id, { sentAt, resolve }));
      if (!last || last.buttons.length === 0) await tg.send(user, '/task');
      // A task card: tap an option (members disagree a little); else tap "Next task".
      else await tg.press(user, last, last.text.startsWith('Campaign #') ? last.buttons[0]![(index + step) % 3 === 0 ? 1 : 0]!.data : last.buttons[0]![0]!.data);
      step += 1;
      const timedOut = await Promise.race([reply.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 10_000))]);
      if (timedOut) {
        waiting.delete(user.id);
        timeouts += 1;
      }
      const rest = sentAt + thinkMs - performance.now();
      if (rest > 0) await new Promise((r) => setTimeout(r, rest));
    }
  };
  process.stderr.write(`bench:telegram: ${members} members, ${seconds} s measured after ${warmupMs / 1000} s warm-up, on ${engine}\n`);
  await Promise.all(Array.from({ length: members }, (_, i) => memberLoop(i)));
  unsubscribe();
  await running.stop();
  await tg.stop();
  await core.close();

  latencies.sort((a, b) => a - b);
  const result = {
    bench: 'telegram',
    engine,
    members,
    measured_s: seconds,
    updates_replied: replied,
    updates_per_s: Math.round((replied / seconds) * 10) / 10,
    p50_ms: Math.round(quantile(latencies, 0.5) * 10) / 10,
    p99_ms: Math.round(quantile(latencies, 0.99) * 10) / 10,
    max_ms: Math.round((latencies.at(-1) ?? NaN) * 10) / 10,
    timeouts,
    cpus: cpus().length,
    load_1m: Math.round(loadavg()[0]! * 100) / 100,
  };
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench:telegram failed: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);
