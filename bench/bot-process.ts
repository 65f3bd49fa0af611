/**
 * The bot benches' two processes: the bench (the local chat server and the simulated
 * members) starts the bot in a child of its own, as a deployed bot runs. Both sides of that
 * protocol live here. stdout of the child carries only the protocol: `ready <campaign id>`
 * once the bot takes updates, `stopped <CPU ms used since ready>` after its graceful
 * stop (start-up, migrations and seeding not counted). The child
 * stops on SIGTERM or SIGINT, and also when its stdin closes, so it never outlives a bench
 * that died without killing it.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path, { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { createCore, createLogger, loadConfig, type Core } from '../core';
import { renderShape, SHAPE_CLASSES } from '../core/demo/render-shape';
import { createDataSource } from '../ormconfig';

/** How long the bot process may take to seed the campaign and connect; how long to stop. */
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;

// ---- the child's side ----

/** A positive number option of the child's command line, else `d`. */
export const childArg = (name: string, d: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const n = i > 0 ? Number(process.argv[i + 1]) : d;
  return Number.isFinite(n) && n > 0 ? n : d;
};

/** Resolves on SIGTERM or SIGINT, or when the bench's end of stdin closes (the bench is gone). */
const stopRequested = (): Promise<string> =>
  new Promise((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
    process.stdin.once('end', () => resolve('stdin closed')).once('error', () => resolve('stdin error')).resume();
  });

/**
 * Runs a bench's bot process: the core from the keys the bench hands over (`keys`, nothing
 * else of the environment), the bench campaign of --items items (two options, 3 answers per
 * task) seeded and activated, then `start` (the real bot), until asked to stop.
 */
export function serveBotProcess(name: string, keys: readonly string[], start: (core: Core, env: NodeJS.ProcessEnv) => Promise<{ stop(): Promise<void> }>): void {
  const run = async () => {
    let ready = false;
    const stop = stopRequested();
    // Asked to stop before the bot is up (the bench gave up or died): nothing to drain, leave now.
    void stop.then((reason) => {
      if (ready) return;
      process.stderr.write(`${name} bot process: ${reason} before ready, exiting\n`);
      process.exit(1);
    });
    // A data folder of its own: the media store of --photos writes there, never into the checkout.
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tnet-bench-data-'));
    process.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
    const env: NodeJS.ProcessEnv = { ANSWERS_PER_MINUTE: '0', LOG_LEVEL: 'error', DATA_DIR: dataDir };
    for (const key of ['DATABASE_URL', 'DATABASE_PREPARED_STATEMENTS', ...keys]) if (process.env[key]) env[key] = process.env[key];
    const config = loadConfig(env);
    const core = await createCore(config, { logger: createLogger({ level: 'error' }), ds: createDataSource({ databaseUrl: config.databaseUrl, preparedStatements: config.databasePreparedStatements }) });
    let cpuAtReady: NodeJS.CpuUsage | undefined;
    try {
      // --campaign: a replica of a bench that seeded its campaign already (bench:scale).
      const given = childArg('campaign', 0);
      const campaignId = given > 0 ? given : await seedBenchCampaign(core, childArg('items', 2000), childArg('photos', 0));
      const running = await start(core, env);
      ready = true;
      cpuAtReady = process.cpuUsage();
      process.stdout.write(`ready ${campaignId}\n`);
      await stop;
      await running.stop();
    } finally {
      await core.close();
    }
    const cpu = process.cpuUsage(cpuAtReady);
    process.stdout.write(`stopped ${Math.round((cpu.user + cpu.system) / 1000)}\n`);
  };
  run().then(
    () => process.exit(0),
    (e: unknown) => {
      process.stderr.write(`${name} bot process failed: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exit(1);
    },
  );
}

/**
 * The campaign the bot benches' members answer: cat or dog, 3 answers per task (at most 5).
 * With `photos` > 0, every item also carries one of that many pictures (rendered shapes in
 * the media store, reused in turn): cards become photos with captions.
 */
export async function seedBenchCampaign(core: Core, items: number, photos: number): Promise<number> {
  const c = await core.campaigns.create(
    { name: 'Bench', kind: 'label', question: 'Cat or dog?', options: ['cat', 'dog'], reward: '1', budget: '100000000', answersPerTask: 3, maxAnswersPerTask: 5 },
    null,
  );
  const refs: string[] = [];
  for (let i = 0; i < photos; i++) refs.push((await core.media.storeImage(await renderShape(SHAPE_CLASSES[i % SHAPE_CLASSES.length]!, 9_000_000 + i))).ref);
  const csv =
    refs.length > 0
      ? ['id,text,image', ...Array.from({ length: items }, (_, i) => `b${i},picture ${i},${refs[i % refs.length]}`)].join('\n') + '\n'
      : ['id,text', ...Array.from({ length: items }, (_, i) => `b${i},picture ${i}`)].join('\n') + '\n';
  await core.campaigns.importItems(c.id, Readable.from([csv]), 'csv');
  await core.campaigns.transition(c.id, 'activate');
  return c.id;
}

// ---- the bench's side ----

export interface BotProcess {
  campaignId: number;
  /** SIGTERM, then the graceful stop; resolves with the CPU ms the bot process used since ready (NaN when it had to be killed). */
  stop(): Promise<number>;
}

/**
 * Starts `script` (a file of bench/) with `args` and `env` added to this environment, and
 * resolves once its bot is ready. `profileDir` writes the child's CPU profile there. The
 * child gets SIGKILL when this process exits (error, signal, normal end), and stops on its
 * own when its stdin (held here) closes, should this process die harder.
 */
export async function startBotProcess(script: string, args: string[], env: NodeJS.ProcessEnv, profileDir?: string): Promise<BotProcess> {
  const nodeArgs = ['--import', 'tsx', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])];
  const child = spawn(process.execPath, [...nodeArgs, join(__dirname, script), ...args], {
    env: { ...process.env, ...env },
    cwd: join(__dirname, '..'),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', kill);
  const lines = createInterface({ input: child.stdout! });
  const next = (prefix: string, timeoutMs: number) =>
    new Promise<string>((resolve, reject) => {
      const done = (f: () => void) => {
        clearTimeout(timer);
        lines.off('line', onLine);
        child.off('exit', onExit);
        f();
      };
      const onLine = (line: string) => line.startsWith(`${prefix} `) && done(() => resolve(line.slice(prefix.length + 1)));
      const onExit = (code: number | null, signal: string | null) => done(() => reject(new Error(`the bot process exited (${signal ?? code}) before "${prefix}"`)));
      const timer = setTimeout(() => done(() => reject(new Error(`no "${prefix}" from the bot process in ${timeoutMs / 1000} s`))), timeoutMs);
      lines.on('line', onLine);
      child.once('exit', onExit);
    });
  const campaignId = Number(await next('ready', START_TIMEOUT_MS));
  return {
    campaignId,
    stop: async () => {
      const stopped = next('stopped', STOP_TIMEOUT_MS);
      child.kill('SIGTERM');
      const cpuMs = await stopped.then(Number, (e: unknown) => {
        process.stderr.write(`${script}: ${e instanceof Error ? e.message : String(e)}; killing it\n`);
        return NaN;
      });
      kill();
      process.off('exit', kill);
      return cpuMs;
    },
  };
}
