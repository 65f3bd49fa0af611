/**
 * `npm run simulate`: a community of simulated members with known behaviours plays a
 * campaign through the real core (assignment, answers, scoring rounds, rewards) on PGlite
 * or PostgreSQL, links wallets by signature and mints on a local anvil, then reports where
 * the TNET went. Ends with one JSON line of headline figures.
 *
 *   npm run simulate -- [--members 1000] [--spam 0.1] [--tasks 5000] [--seed 1]
 *                       [--campaigns 3] [--engine pglite|postgres] [--config knobs.json] [--no-mint] [--chart out.png]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { keccak256, toUtf8Bytes, Wallet } from 'ethers';
import { createCore, createLogger, loadConfig, type Core, type CoreOptions } from '../core';
import { ANVIL_DEV_KEYS, startAnvil, type AnvilNode } from '../core/chain/anvil';
import { deployTnet } from '../core/chain/deploy';
import { adminSql } from '../core/db/admin-sql';
import { createDataSource } from '../ormconfig';
import { DEFAULT_SIMULATION, runSimulation, SimClock, type SimulationOptions } from './simulation/run-simulation';
import { buildReport, formatReport, formatRunSummary, reportJson, runJson, summarizeRun } from './simulation/simulation-report';
import { reportChartSvg } from './simulation/report-chart';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const num = (name: string): number | undefined => (arg(name) === undefined ? undefined : Number(arg(name)));

function options(): SimulationOptions {
  const file = arg('config');
  const fromFile = file ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<SimulationOptions>) : {};
  const o: SimulationOptions = { ...DEFAULT_SIMULATION, ...fromFile };
  const flags: [keyof SimulationOptions, number | undefined][] = [
    ['members', num('members')],
    ['abusive', num('spam')],
    ['tasks', num('tasks')],
    ['seed', num('seed')],
    ['roundEvery', num('round-every')],
    ['campaigns', num('campaigns')],
  ];
  for (const [k, v] of flags) if (v !== undefined) (o as unknown as Record<string, number>)[k] = v;
  return o;
}

async function main(): Promise<void> {
  const o = options();
  const engine = arg('engine') ?? 'pglite';
  const mint = !process.argv.includes('--no-mint');
  const log = (line: string) => process.stderr.write(`${line}\n`);
  let node: AnvilNode | undefined;
  const clock = new SimClock();
  const coreOpts: CoreOptions = { clock: clock.now, logger: createLogger({ level: 'error', write: () => undefined }), mint: { confirmTimeoutMs: 60_000, retries: 3, retryBaseMs: 200 } };
  if (mint) {
    node = await startAnvil();
    const token = await deployTnet({ rpcUrl: node.url, deployerKey: ANVIL_DEV_KEYS[0], minter: new Wallet(ANVIL_DEV_KEYS[0]).address, foundation: new Wallet(ANVIL_DEV_KEYS[1]).address, foundationBps: 2000 });
    coreOpts.chain = { rpcUrl: node.url, chainId: node.chainId, tokenAddress: token, minterPrivateKey: ANVIL_DEV_KEYS[0], pollMs: 50 };
  }
  const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const dbName = `tnet_sim_${randomBytes(4).toString('hex')}`;
  if (engine === 'postgres') {
    await adminSql(base, `CREATE DATABASE ${dbName}`);
    const url = new URL(base);
    url.pathname = `/${dbName}`;
    coreOpts.ds = createDataSource({ databaseUrl: url.toString() });
  } else {
    coreOpts.ds = createDataSource({});
  }
  // A gold draw key per seed: the same seed draws the same gold tasks, run after run.
  const core: Core = await createCore(loadConfig({ ANSWERS_PER_MINUTE: '0', LOG_LEVEL: 'error', GOLD_DRAW_KEY: `tnet-simulate-seed-${o.seed}` }), coreOpts);
  try {
    log(`simulate on ${engine}${mint ? ' with a mint on a local anvil' : ''}: ${JSON.stringify(o)}`);
    const run = await runSimulation(core, o, clock, {
      progress: log,
      linkWallet: mint
        ? async (c, memberId, key) => {
            const wallet = new Wallet(keccak256(toUtf8Bytes(`tnet-sim-${o.seed}-${key}`)));
            const user = { platform: 'sim' as const, platformUserId: `sim-${o.seed}-${key}` };
            const req = await c.wallets.requestLink(memberId, user, wallet.address);
            await c.wallets.verify(memberId, user, await wallet.signMessage(req.message));
          }
        : undefined,
    });
    if (mint) {
      for (;;) {
        const s = await core.mint!.run();
        log(`mint: ${s.prepared} batches prepared, ${s.confirmed} confirmed`);
        if (s.prepared === 0 || s.failed > 0) break;
      }
    }
    const reports = [];
    for (const c of run.campaigns) reports.push(await buildReport(core, run, c, o, mint));
    const minted = reports.reduce((s, r) => s + r.minted, 0n);
    if (mint) {
      // The chain agrees with the ledger: what members hold is what was minted, less the foundation's part.
      const supply = await core.chain!.totalSupply();
      if (supply !== minted) throw new Error(`total supply ${supply} differs from the minted ledger ${minted}`);
    }
    for (const r of reports) console.log(`${reports.length > 1 ? `\n## campaign ${r.ordinal}\n\n` : ''}${formatReport(r)}`);
    const summary = reports.length > 1 ? summarizeRun(reports) : undefined;
    if (summary) console.log(`\n${formatRunSummary(summary)}`);
    const chart = arg('chart');
    if (chart) {
      const sharp = (await import('sharp')).default;
      writeFileSync(chart, await sharp(Buffer.from(reportChartSvg(reports[reports.length - 1]!))).png().toBuffer());
      log(`chart written to ${chart}`);
    }
    console.log(JSON.stringify(summary ? runJson(summary, reports, run.seconds) : reportJson(reports[0]!)));
  } finally {
    await core.close();
    await node?.stop();
    if (engine === 'postgres') await adminSql(base, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
