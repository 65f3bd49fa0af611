/**
 * bench:telegram — 200 simulated members answering through the Bot API emulator
 * (telegram-test-api on 127.0.0.1, behind the test recorder's long polling) against the
 * real bot in a process of its own (bench/telegram-bot-process.ts): grammY with the runner,
 * the throttler and auto-retry, the shared command layer, the core on embedded PGlite (or
 * PostgreSQL with DATABASE_URL).
 *
 *   npm run bench:telegram -- [--members N] [--seconds N] [--think-ms N] [--items N] [--photos N] [--profile DIR]
 *
 * --photos N: every item carries one of N pictures (stored uploads), so cards are photos with
 * a caption, uploaded once each and then sent by file_id, and answers edit captions.
 * Each member loops: /task, tap an option, tap "Next task", tap an option, ... and waits
 * --think-ms (default 1000) from one send to the next, so 200 members offer about 200
 * updates per second. Latency is update-to-reply: from handing the update to the emulator
 * to the bot's next message in that member's chat. The first 3 seconds are warm-up.
 * The emulator and the members share this process; the bot runs in its child process, as
 * a deployed bot does, killed with this process on every exit path (bench/bot-process.ts;
 * --profile DIR writes the bot process's CPU profile there). Telegram's global limit of
 * about 30 messages per second is raised to 1000 there, so the bench measures the bot, not
 * the throttle. Progress on stderr; the last stdout line is one JSON object of snake_case
 * figures.
 */
import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import { TelegramEmulator, type BotMessage } from '../test/helpers/telegram-emulator';
import { startBotProcess } from './bot-process';

const arg = (name: string, d: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};

const argValue = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

async function main(): Promise<void> {
  const members = arg('members', 200);
  const seconds = arg('seconds', 20);
  const thinkMs = arg('think-ms', 1000);
  const warmupMs = 3000;
  const engine = process.env.DATABASE_URL ? 'postgres' : 'pglite';
  const tg = await TelegramEmulator.start();
  const photos = arg('photos', 0);
  const bot = await startBotProcess(
    'telegram-bot-process.ts',
    ['--items', String(arg('items', 2000)), '--photos', String(photos)],
    { TELEGRAM_BOT_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.apiRoot },
    argValue('profile'),
  );
  const cpuBefore = process.cpuUsage();

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
  const botCpuMs = await bot.stop();
  const cpu = process.cpuUsage(cpuBefore);
  const calls = new Map<string, number>();
  for (const c of tg.calls) calls.set(c.method, (calls.get(c.method) ?? 0) + 1);
  process.stderr.write(`bench:telegram: Bot API calls ${JSON.stringify(Object.fromEntries(calls))}\n`);
  await tg.stop();

  latencies.sort((a, b) => a - b);
  const result = {
    bench: 'telegram',
    engine,
    members,
    photos,
    measured_s: seconds,
    updates_replied: replied,
    updates_per_s: Math.round((replied / seconds) * 10) / 10,
    p50_ms: Math.round(quantile(latencies, 0.5) * 10) / 10,
    p99_ms: Math.round(quantile(latencies, 0.99) * 10) / 10,
    max_ms: Math.round((latencies.at(-1) ?? NaN) * 10) / 10,
    timeouts,
    bot_process_cpu_ms: botCpuMs,
    emulator_and_members_cpu_ms: Math.round((cpu.user + cpu.system) / 1000),
    cpus: cpus().length,
    load_1m: Math.round(loadavg()[0]! * 100) / 100,
  };
  process.stdout.write(JSON.stringify(result) + '\n');
}

// A signal ends the bench through process.exit, so the 'exit' hook kills the bot process.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench:telegram failed: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);
