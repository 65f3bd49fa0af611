/**
 * bench:scale — a community of 50,000 members on PostgreSQL, served by 1 and then 2 bot
 * replicas (bench/scale-bot-process.ts: the real grammY bot in webhook mode, a process
 * each) behind one URL (a round-robin proxy in this process, as a load balancer would
 * be), at rising rates of member updates through the Bot API emulator
 * (test/helpers/telegram-emulator.ts, which POSTs updates to the webhook as Telegram does).
 *
 *   npm run bench:scale -- [--members N] [--replicas 1,2] [--rates 50,100,200,...] [--seconds N] [--items N] [--think-ms N]
 *
 * Arrivals are open-loop (Poisson at the rate). Members come in sessions of ten updates; an
 * arrival continues a free session member's session nine times in ten, else brings a random
 * member of the community in. The member sends /task when they hold no card, else taps an
 * option (a card) or "Next task", and reads each reply for --think-ms (default 2000) before
 * the next tap: faster than that, Telegram's own limit for one private chat (about one
 * message a second after a burst) would be what the bench measures.
 * Latency is update-to-reply: from handing the update to the emulator to the bot's next
 * message in that member's chat. A rate passes when its p99 is under 100 ms and at least
 * 99 % of its updates got a reply within 10 s; the ladder stops at the first rate that
 * fails. answers/s counts the answer rows stored during the window. Needs PostgreSQL
 * (DATABASE_URL, else 127.0.0.1:5432); the bench makes a database of its own and drops it.
 * The last stdout line is one JSON object of snake_case figures.
 */
import 'reflect-metadata';
import { createServer, request, type Server } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { createCore, createLogger, loadConfig } from '../core';
import { freePort, TelegramEmulator, type BotMessage } from '../test/helpers/telegram-emulator';
import { seedBenchCampaign, startBotProcess, type BotProcess } from './bot-process';
import { freshDatabase } from './fresh-database';

const argValue = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const arg = (name: string, d: number): number => Number(argValue(name) ?? d);
const list = (name: string, d: number[]): number[] => (argValue(name)?.split(',').map(Number) ?? d).filter((n) => Number.isFinite(n) && n > 0);
const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const round1 = (x: number): number => Math.round(x * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));


/** One URL in front of the replicas: each request to the next replica in turn; a refused one goes to the next (a load balancer's health check, shortened). */
function roundRobin(ports: () => number[]): Server {
  let next = 0;
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const targets = ports();
      const attempt = (tries: number) => {
        const port = targets[next++ % targets.length]!;
        const out = request({ host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers }, (r) => {
          res.writeHead(r.statusCode ?? 502, r.headers);
          r.pipe(res);
        });
        out.on('error', () => (tries > 1 ? attempt(tries - 1) : res.writeHead(502).end()));
        out.end(body);
      };
      attempt(targets.length);
    });
  });
}

interface RateResult {
  replicas: number;
  rate: number;
  offered: number;
  replied: number;
  answersPerS: number;
  p50: number;
  p99: number;
  max: number;
  passed: boolean;
}

async function main(): Promise<void> {
  const members = arg('members', 50_000);
  const seconds = arg('seconds', 10);
  const items = arg('items', 40_000);
  const thinkMs = arg('think-ms', 2000);
  const replicaCounts = list('replicas', [1, 2]);
  const rates = list('rates', [50, 100, 200, 300, 400, 600, 800]);
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const db = await freshDatabase('postgres', 'scale', adminUrl);
  if (!db) throw new Error('bench:scale needs PostgreSQL (DATABASE_URL, else 127.0.0.1:5432)');
  const databaseUrl = (db.ds.options as { url: string }).url;
  const tg = await TelegramEmulator.start();
  const proxyPort = await freePort();
  let livePorts: number[] = [];
  const proxy = roundRobin(() => livePorts);
  await new Promise<void>((resolve) => proxy.listen(proxyPort, '127.0.0.1', resolve));
  const results: RateResult[] = [];
  let replicas: BotProcess[] = [];
  try {
    // The community: members and their Telegram identities, then the campaign, made once.
    const core = await createCore(loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'error', ANSWERS_PER_MINUTE: '0' }), { logger: createLogger({ level: 'error' }), ds: db.ds });
    let campaignId: number;
    try {
      await core.ds.query(
        `WITH m AS (INSERT INTO member (display_name) SELECT 'm' || g FROM generate_series(1, $1) g RETURNING id)
         INSERT INTO identity (member_id, platform, platform_user_id) SELECT id, 'telegram', (10000 + id - 1)::text FROM m`,
        [members],
      );
      campaignId = await seedBenchCampaign(core, items, 0);
    } finally {
      await core.close();
    }
    process.stderr.write(`bench:scale: ${members} members, a campaign of ${items} items, on PostgreSQL; rates ${rates.join(', ')} updates/s, ${seconds} s each\n`);

    for (const count of replicaCounts) {
      const ports = await Promise.all(Array.from({ length: count }, freePort));
      const env = { DATABASE_URL: databaseUrl, TELEGRAM_BOT_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.apiRoot, TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${proxyPort}/tg/hook` };
      replicas = await Promise.all(ports.map((port) => startBotProcess('scale-bot-process.ts', ['--campaign', String(campaignId), '--port', String(port)], env)));
      livePorts = ports;
      for (const rate of rates) {
        const r = await runRate(tg, members, rate, seconds, thinkMs, db.ds, count);
        results.push(r);
        process.stderr.write(
          `  ${count} replica(s) @ ${rate}/s: replied ${r.replied}/${r.offered}, p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms, ${r.answersPerS} answers/s -> ${r.passed ? 'pass' : 'FAIL'}\n`,
        );
        if (!r.passed) break;
      }
      await Promise.all(replicas.map((b) => b.stop()));
      replicas = [];
      livePorts = [];
    }
  } finally {
    await Promise.all(replicas.map((b) => b.stop().catch(() => NaN)));
    proxy.closeAllConnections();
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
    await tg.stop();
    await db.cleanup();
  }

  const summary: Record<string, unknown> = { bench: 'scale', engine: 'postgres', members, measured_s_per_rate: seconds };
  for (const count of replicaCounts) {
    const passed = results.filter((r) => r.replicas === count && r.passed);
    const best = passed.at(-1);
    summary[`replicas_${count}_max_rate_per_s`] = best?.rate ?? 0;
    summary[`replicas_${count}_p99_ms`] = best?.p99 ?? null;
    summary[`replicas_${count}_answers_per_s`] = best?.answersPerS ?? 0;
  }
  Object.assign(summary, { cpus: cpus().length, mem_gib: Math.round(totalmem() / 2 ** 30), load_1m: Math.round(loadavg()[0]! * 100) / 100 });
  process.stdout.write(JSON.stringify(summary) + '\n');
}

/** What a member's update is: /task, an option of their card, or "Next task". */
type Kind = 'task' | 'answer' | 'next';

/** One rate for `seconds` after a 5 s warm-up: open-loop arrivals over the members not waiting. */
async function runRate(tg: TelegramEmulator, members: number, rate: number, seconds: number, thinkMs: number, ds: import('typeorm').DataSource, replicas: number): Promise<RateResult> {
  const warmupMs = 5000;
  const waiting = new Map<number, { sentAt: number; measured: boolean; kind: Kind }>();
  const lastMessage = new Map<number, BotMessage>();
  /** When each member, having read the last reply, taps again. */
  const readyAt = new Map<number, number>();
  const latencies: number[] = [];
  const byKind: Record<Kind, number[]> = { task: [], answer: [], next: [] };
  let offered = 0;
  const unsubscribe = tg.onBotMessage((m) => {
    lastMessage.set(m.chatId, m);
    const w = waiting.get(m.chatId);
    if (!w) return;
    waiting.delete(m.chatId);
    readyAt.set(m.chatId, performance.now() + thinkMs);
    if (w.measured) {
      latencies.push(performance.now() - w.sentAt);
      byKind[w.kind].push(performance.now() - w.sentAt);
    }
  });
  const start = performance.now();
  const measuredFrom = start + warmupMs;
  const endAt = measuredFrom + seconds * 1000;
  let answersAtStart = 0;
  let countedStart = false;
  let step = 0;
  const kinds = { task: 0, answer: 0, next: 0 };
  const toastsBefore = tg.callsOf('answerCallbackQuery').length;
  const answered = new Set<string>();
  // Members come in sessions of SESSION updates (a /task, then taps), as a member on a phone
  // does a few tasks at a time: nine arrivals in ten continue a session, the tenth (or any
  // when no session member is free) brings a random member of the community in.
  const SESSION = 10;
  const sessions = new Map<number, number>();
  const pickMember = (): number | undefined => {
    const now = performance.now();
    const free = [...sessions.keys()].filter((m) => !waiting.has(m) && (readyAt.get(m) ?? 0) <= now);
    let id: number;
    if (free.length > 0 && Math.random() < 0.9) id = free[Math.floor(Math.random() * free.length)]!;
    else {
      id = 10_000 + Math.floor(Math.random() * members);
      if (waiting.has(id) || sessions.has(id)) return undefined;
      sessions.set(id, SESSION);
    }
    const left = sessions.get(id)! - 1;
    if (left <= 0) sessions.delete(id);
    else sessions.set(id, left);
    return id;
  };
  // Arrivals: exponential gaps at `rate`, sent without waiting for the previous one.
  let at = start;
  while (at < endAt) {
    at += (-Math.log(1 - Math.random()) * 1000) / rate;
    const delay = at - performance.now();
    if (delay > 0) await sleep(delay);
    if (!countedStart && performance.now() >= measuredFrom) {
      countedStart = true;
      answersAtStart = await answerCount(ds);
    }
    const id = pickMember();
    if (id === undefined) continue;
    const user = { id, firstName: `m${id}` };
    const measured = performance.now() >= measuredFrom;
    if (measured) offered += 1;
    const last = lastMessage.get(id);
    step += 1;
    // A card's options are a:… buttons (members disagree a little), "Next task" is n:…
    // A card's options stay under it after the answer (edited in place): answer each task once.
    const options = (last?.buttons.flat().filter((b) => b.data.startsWith('a:')) ?? []).filter((b) => !answered.has(`${id}:${b.data.split(':')[1]}`));
    if (options.length > 0) answered.add(`${id}:${options[0]!.data.split(':')[1]}`);
    const next = last?.buttons.flat().find((b) => b.data.startsWith('n:'));
    const kind: Kind = options.length > 0 ? 'answer' : next ? 'next' : 'task';
    kinds[kind] += 1;
    waiting.set(id, { sentAt: performance.now(), measured, kind });
    const send =
      options.length > 0
        ? tg.press(user, last!, options[step % 3 === 0 && options.length > 1 ? 1 : 0]!.data)
        : next
          ? tg.press(user, last!, next.data)
          : tg.send(user, '/task');
    void send.catch(() => waiting.delete(id));
  }
  const answersAtEnd = await answerCount(ds);
  // Replies still due get up to 10 s.
  const until = performance.now() + 10_000;
  while ([...waiting.values()].some((w) => w.measured) && performance.now() < until) await sleep(50);
  unsubscribe();
  const toasts = new Map<string, number>();
  for (const c of tg.callsOf('answerCallbackQuery').slice(toastsBefore)) toasts.set(String(c.payload.text ?? '').slice(0, 40), (toasts.get(String(c.payload.text ?? '').slice(0, 40)) ?? 0) + 1);
  const p99Of = (xs: number[]) => round1(quantile([...xs].sort((a, b) => a - b), 0.99));
  process.stderr.write(`    updates sent: ${JSON.stringify(kinds)}; toasts ${JSON.stringify(Object.fromEntries(toasts))}\n`);
  process.stderr.write(`    p99 ms by kind: /task ${p99Of(byKind.task)}, answer ${p99Of(byKind.answer)}, Next task ${p99Of(byKind.next)}\n`);
  latencies.sort((a, b) => a - b);
  const p99 = round1(quantile(latencies, 0.99));
  return {
    replicas,
    rate,
    offered,
    replied: latencies.length,
    answersPerS: round1((answersAtEnd - answersAtStart) / seconds),
    p50: round1(quantile(latencies, 0.5)),
    p99,
    max: round1(latencies.at(-1) ?? NaN),
    passed: latencies.length >= 0.99 * offered && p99 < 100,
  };
}

const answerCount = async (ds: import('typeorm').DataSource): Promise<number> => {
  if (!ds.isInitialized) await ds.initialize();
  const [{ n }] = (await ds.query('SELECT count(*)::int AS n FROM answer')) as { n: number }[];
  return n;
};

// A signal ends the bench through process.exit, so the 'exit' hooks kill the bot processes.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench:scale failed: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);
