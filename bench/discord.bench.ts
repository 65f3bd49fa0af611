/**
 * bench:discord — 200 simulated members clicking task buttons through the local
 * Discord-compatible server (REST + gateway on 127.0.0.1, test/helpers/discord-server.ts)
 * against the real bot in a process of its own (bench/discord-bot-process.ts): an
 * unmodified discord.js client with the deployment's defaults (interaction calls outside the
 * global REST limit, everything else under discord.js's 50 a second), the interaction
 * router, the shared command layer, the core on embedded PGlite (owned by the bot process)
 * or PostgreSQL with DATABASE_URL.
 *
 *   npm run bench:discord -- [--members N] [--seconds N] [--think-ms N] [--items N]
 *
 * Each member loops: /task, tap an option, tap "Next task", tap an option, ... and waits
 * --think-ms (default 1000) from one interaction to the next, so 200 members offer about 200
 * interactions per second. Interaction-to-ack is from the gateway dispatch of
 * INTERACTION_CREATE to the bot's callback (the deferral) arriving at the server, the figure
 * Discord's 3-second rule is about; interaction-to-answer is to the edit carrying the answer.
 * Both ends are timed in this process, on one clock. The first 3 seconds are warm-up. The
 * server and the members share this process; the bot runs in its child, as a deployed bot
 * does, and is killed with this process on every exit path. Progress on stderr; the last
 * stdout line is one JSON object of snake_case figures.
 */
import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { DiscordServer, type StoredMessage } from '../test/helpers/discord-server';
import { startBotProcess } from './bot-process';

const arg = (name: string, d: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const n = i > 0 ? Number(process.argv[i + 1]) : d;
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} wants a number, not ${process.argv[i + 1]}`);
  return n;
};

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const round1 = (x: number): number => Math.round(x * 10) / 10;

async function main(): Promise<void> {
  const members = arg('members', 200);
  const seconds = arg('seconds', 20);
  const thinkMs = arg('think-ms', 1000);
  const items = arg('items', 2000);
  const warmupMs = 3000;
  const engine = process.env.DATABASE_URL ? 'postgres' : 'pglite';
  const dc = await DiscordServer.start();
  const bot = await startBotProcess('discord-bot-process.ts', ['--items', String(items)], {
    DISCORD_TOKEN: dc.token,
    DISCORD_APPLICATION_ID: dc.applicationId,
    DISCORD_API_BASE: dc.apiBase,
    DISCORD_GUILD_IDS: dc.guilds[0]!.id,
  });
  const cpuBefore = process.cpuUsage();
  const campaignId = bot.campaignId;
  process.stderr.write(`bench:discord: ${members} members, ${seconds} s measured after ${warmupMs / 1000} s warm-up, on ${engine}, the bot in its own process\n`);

  const started = performance.now();
  const measureFrom = started + warmupMs;
  const stopAt = measureFrom + seconds * 1000;
  const measured = new Set<string>();
  const answerMs: number[] = [];
  let timeouts = 0;

  const memberLoop = async (n: number): Promise<void> => {
    const user = { id: (330000000000000000n + BigInt(n)).toString(), username: `m${n}` };
    // Spread the members over the first think time.
    await new Promise((r) => setTimeout(r, (n * thinkMs) / members));
    let card: StoredMessage | undefined;
    let next: 'task' | 'answer' | 'next' = 'task';
    while (performance.now() < stopAt) {
      const t0 = performance.now();
      let id: string;
      if (next === 'task' || !card) id = dc.slash(user, 'task', { options: { campaign: campaignId } });
      else {
        const b = DiscordServer.buttonsOf(card);
        const pick = next === 'answer' ? b[n % Math.max(1, b.length)] : b.find((x) => x.id.startsWith('n:'));
        id = pick ? dc.press(user, card, pick.id) : dc.slash(user, 'task', { options: { campaign: campaignId } });
      }
      if (t0 >= measureFrom) measured.add(id);
      try {
        card = await dc.answered(id, 'the answer', 10_000);
        if (t0 >= measureFrom) answerMs.push(performance.now() - t0);
        const labels = DiscordServer.buttonsOf(card);
        next = labels.some((b) => b.id.startsWith('a:')) ? 'answer' : labels.some((b) => b.id.startsWith('n:')) ? 'next' : 'task';
      } catch {
        timeouts += 1;
        next = 'task';
      }
      const wait = t0 + thinkMs - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  };
  const progress = setInterval(() => process.stderr.write(`bench:discord ${Math.round((performance.now() - started) / 1000)} s, ${dc.interactions.size} interactions\n`), 5000);
  await Promise.all(Array.from({ length: members }, (_, i) => memberLoop(i)));
  clearInterval(progress);

  const acks = [...measured].map((id) => dc.interactions.get(id)!).filter((s) => s.ackedAt !== undefined && s.dispatchedAt <= stopAt).map((s) => s.ackedAt! - s.dispatchedAt).sort((a, b) => a - b);
  answerMs.sort((a, b) => a - b);
  const load = loadavg()[0]!;
  const botCpuMs = await bot.stop();
  const cpu = process.cpuUsage(cpuBefore);
  await dc.stop();
  const result = {
    bench: 'discord',
    engine,
    members,
    measured_s: seconds,
    interactions_acked: acks.length,
    interactions_per_s: round1(acks.length / seconds),
    ack_p50_ms: round1(quantile(acks, 0.5)),
    ack_p99_ms: round1(quantile(acks, 0.99)),
    ack_max_ms: round1(acks.at(-1) ?? NaN),
    answer_p50_ms: round1(quantile(answerMs, 0.5)),
    answer_p99_ms: round1(quantile(answerMs, 0.99)),
    timeouts,
    violations: dc.violations.length,
    bot_process_cpu_ms: botCpuMs,
    server_and_members_cpu_ms: Math.round((cpu.user + cpu.system) / 1000),
    cpus: cpus().length,
    load_1m: Math.round(load * 100) / 100,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

// A signal ends the bench through process.exit, so the 'exit' hook kills the bot process.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench:discord failed: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);
