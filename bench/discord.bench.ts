/**
 * bench:discord — 200 simulated members clicking task buttons through the local
 * Discord-compatible server (REST + gateway on 127.0.0.1, test/helpers/discord-server.ts)
 * against the real bot: an unmodified discord.js client, the interaction router, the shared
 * command layer, the core on embedded PGlite (or PostgreSQL with DATABASE_URL).
 *
 *   npm run bench:discord -- [--members N] [--seconds N] [--think-ms N] [--items N] [--rest-per-second N]
 *
 * Each member loops: /task, tap an option, tap "Next task", tap an option, ... and waits
 * --think-ms (default 1000) from one interaction to the next, so 200 members offer about 200
 * interactions per second. Interaction-to-ack is from the gateway dispatch of
 * INTERACTION_CREATE to the bot's callback (the deferral) arriving at the server, the figure
 * Discord's 3-second rule is about; interaction-to-answer is to the edit carrying the answer.
 * --rest-per-second sets discord.js's global REST limit (default its own 50 a second,
 * which caps the edits: interaction webhooks share that queue). The first 3 seconds are warm-up. Bot, server and members share this one process (and its
 * event loop). Progress on stderr; the last stdout line is one JSON object of snake_case figures.
 */
import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { createCore, createLogger, loadConfig } from '../core';
import { createDataSource } from '../ormconfig';
import { createDiscordBot } from '../bots/discord/create-discord-bot';
import { startDiscord } from '../bots/discord/start-discord';
import { DiscordServer, type StoredMessage } from '../test/helpers/discord-server';

const arg = (name: string, d: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const round1 = (x: number): number => Math.round(x * 10) / 10;

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

  const dc = await DiscordServer.start();
  const restGlobalPerSecond = arg('rest-per-second', 50);
  const bot = createDiscordBot(core, { apiBase: dc.apiBase, adminIds: [], restGlobalPerSecond });
  const running = await startDiscord(bot, { token: dc.token, applicationId: dc.applicationId, apiBase: dc.apiBase, guildIds: [dc.guilds[0]!.id], logger });

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
      if (next === 'task' || !card) id = dc.slash(user, 'task', { options: { campaign: c.id } });
      else {
        const b = DiscordServer.buttonsOf(card);
        const pick = next === 'answer' ? b[n % Math.max(1, b.length)] : b.find((x) => x.id.startsWith('n:'));
        id = pick ? dc.press(user, card, pick.id) : dc.slash(user, 'task', { options: { campaign: c.id } });
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
  await running.stop();
  await dc.stop();
  await core.close();
  const result = {
    bench: 'discord',
    engine,
    members,
    rest_global_per_s: restGlobalPerSecond,
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
    cpus: cpus().length,
    load_1m: round1(load * 10) / 10,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench:discord failed: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);
